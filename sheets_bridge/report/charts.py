"""Tiny inline-SVG charts (no scripts, no fonts, no external files), narrow enough for a phone: each label sits on
its own line above its bar, and the SVG scales down with its box (``max-width: 100%``)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

PALETTE = ["#2e9e5b", "#8cc63f", "#e0b31e", "#e07b39", "#c8412f", "#9aa0ac"]  # fast → slow → no reply
SERIES = ["#2f6fdf", "#e0663a", "#2ea66b", "#8c5bd6"]
WIDTH = 360
ROW = 38


def _svg(height: int, title: str, width: int = WIDTH) -> str:
    return (f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" font-size="13">')


def bars(items: list[tuple[str, float, str]], *, max_value: float | None = None, title: str = "") -> str:
    """Horizontal bars, one per (label, value, value as shown)."""
    if not items:
        return ""
    top = max_value or max((v for _, v, _ in items), default=1) or 1
    parts = [_svg(ROW * len(items) + 4, title)]
    for i, (label, value, shown) in enumerate(items):
        y = i * ROW
        w = max(2.0, (WIDTH - 70) * max(value, 0) / top)
        parts.append(f'<text x="0" y="{y + 13}">{escape(label[:44])}</text>'
                     f'<rect x="0" y="{y + 18}" width="{w:.1f}" height="14" fill="{SERIES[0]}" rx="3"/>'
                     f'<text x="{w + 6:.1f}" y="{y + 30}" font-size="12">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _plain(value: float) -> str:
    return f"{value:g}"


def stacked(items: list[tuple[str, list[float]]], legend: list[str], *, colors: list[str] | None = None,
            shown: Callable[[float], str] = _plain, title: str = "") -> str:
    """Stacked horizontal bars (counts or points per part), the numbers written inside wide enough parts."""
    if not items:
        return ""
    colors = colors or SERIES
    legend_rows = (len(legend) + 1) // 2
    height = ROW * len(items) + 8 + 20 * legend_rows
    top = max(sum(max(v, 0) for v in values) for _, values in items) or 1
    parts = [_svg(height, title)]
    for i, (label, values) in enumerate(items):
        y, x = i * ROW, 0.0
        parts.append(f'<text x="0" y="{y + 13}">{escape(label[:44])}</text>')
        for j, v in enumerate(values):
            w = (WIDTH - 10) * max(v, 0) / top
            if w <= 0:
                continue
            color = colors[j % len(colors)]
            parts.append(f'<rect x="{x:.1f}" y="{y + 18}" width="{w:.1f}" height="16" fill="{color}"/>')
            if w >= 18:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + 30}" font-size="11" text-anchor="middle" '
                             f'fill="#fff">{escape(shown(v))}</text>')
            x += w
    for j, name in enumerate(legend):
        x, y = (j % 2) * (WIDTH // 2), ROW * len(items) + 8 + 20 * (j // 2)
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colors[j % len(colors)]}"/>'
                     f'<text x="{x + 16}" y="{y + 11}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def lines(series: dict[str, list[float | None]], labels: list[str], *, marker: int | None = None,
          max_value: float = 100, title: str = "") -> str:
    """Week-by-week lines on a 0..max_value scale; missing values break nothing (they are skipped); ``marker``
    draws a thin vertical line at one week."""
    if not labels or not any(v is not None for vs in series.values() for v in vs):
        return ""
    height, left, bottom, right = 150, 34, 22, 14
    plot_h = height - bottom - 10
    step = (WIDTH - left - right) / max(1, len(labels) - 1)
    x_of = lambda i: left + i * step  # noqa: E731
    y_of = lambda v: 10 + plot_h * (1 - min(v, max_value) / max_value)  # noqa: E731
    legend_h = 18 * len(series)
    parts = [_svg(height + legend_h + 4, title),
             f'<line x1="{left}" y1="{y_of(0):.1f}" x2="{WIDTH - right}" y2="{y_of(0):.1f}" stroke="#999"/>',
             f'<text x="0" y="{y_of(max_value) + 4:.1f}" font-size="11">{max_value:g}%</text>',
             f'<text x="0" y="{y_of(0) + 4:.1f}" font-size="11">0</text>']
    if marker is not None:
        parts.append(f'<line x1="{x_of(marker):.1f}" y1="8" x2="{x_of(marker):.1f}" y2="{y_of(0):.1f}" '
                     'stroke="#1d2430" stroke-dasharray="3 3"/>')
    every = max(1, -(-len(labels) // 5))
    for i, label in enumerate(labels):
        if i % every == 0 or i == marker:
            anchor = "start" if i == 0 else "end" if i == len(labels) - 1 else "middle"
            parts.append(f'<text x="{x_of(i):.1f}" y="{height - 6}" font-size="11" text-anchor="{anchor}">'
                         f"{escape(label)}</text>")
    for j, (name, values) in enumerate(series.items()):
        points = [(x_of(i), y_of(v)) for i, v in enumerate(values) if v is not None]
        color = SERIES[j % len(SERIES)]
        if len(points) > 1:
            d = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{d}"/>')
        parts.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"/>' for x, y in points)
        y = height + 4 + 18 * j
        parts.append(f'<rect x="{left}" y="{y}" width="12" height="12" fill="{color}"/>'
                     f'<text x="{left + 16}" y="{y + 11}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
