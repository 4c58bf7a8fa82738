"""Tiny inline-SVG charts (no scripts, no fonts, no external files)."""

from __future__ import annotations

from html import escape

PALETTE = ["#2f6fdf", "#e0663a", "#2ea66b", "#8c5bd6", "#d6a21e", "#4aa3b5"]


def bars(items: list[tuple[str, float]], *, unit: str = "", width: int = 520, max_value: float | None = None,
         title: str = "") -> str:
    """Horizontal bars, one per (label, value)."""
    if not items:
        return ""
    top = max_value or max((v for _, v in items), default=1) or 1
    row, label_w = 26, 170
    height = row * len(items) + 10
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        w = max(1.0, (width - label_w - 70) * (value / top))
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{escape(label[:26])}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="16" fill="{PALETTE[i % 6]}" rx="3"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="12">{value:g}{escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked(items: list[tuple[str, list[float]]], legend: list[str], *, width: int = 520, title: str = "") -> str:
    """Stacked horizontal bars (e.g. rubric components per manager)."""
    if not items:
        return ""
    row, label_w = 26, 170
    legend_rows = (len(legend) + 2) // 3
    height = row * len(items) + 14 + 20 * legend_rows
    top = max(sum(max(v, 0) for v in values) for _, values in items) or 1
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, values) in enumerate(items):
        y, x = 5 + i * row, float(label_w)
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{escape(label[:26])}</text>')
        for j, v in enumerate(values):
            w = (width - label_w - 20) * max(v, 0) / top
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="16" fill="{PALETTE[j % 6]}"/>')
            x += w
    for j, name in enumerate(legend):
        x, y = (j % 3) * 170, 10 + row * len(items) + 20 * (j // 3)
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{PALETTE[j % 6]}"/>'
                     f'<text x="{x + 16}" y="{y + 11}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def lines(series: dict[str, list[float | None]], labels: list[str], *, width: int = 620, height: int = 200,
          unit: str = "", title: str = "") -> str:
    """Weekly trend lines; missing values break the line."""
    values = [v for vs in series.values() for v in vs if v is not None]
    if not values or not labels:
        return ""
    top = max(values) or 1
    left, bottom = 50, 30
    step = (width - left - 40) / max(1, len(labels) - 1)
    y_of = lambda v: 10 + (height - bottom - 10) * (1 - v / top)  # noqa: E731
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height + 20}" '
             f'viewBox="0 0 {width} {height + 20}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="0" y="16" font-size="11">{top:g}{escape(unit)}</text>']
    for i, label in enumerate(labels):
        if len(labels) <= 12 or i % max(1, len(labels) // 8) == 0:
            parts.append(f'<text x="{left + i * step - 20:.1f}" y="{height - 10}" font-size="10">{escape(label[5:])}'
                         "</text>")
    for j, (name, vs) in enumerate(series.items()):
        points = [(left + i * step, y_of(v)) for i, v in enumerate(vs) if v is not None]
        if points:
            d = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(f'<polyline fill="none" stroke="{PALETTE[j % 6]}" stroke-width="2" points="{d}"/>')
        parts.append(f'<rect x="{left + j * 260}" y="{height + 4}" width="12" height="12" fill="{PALETTE[j % 6]}"/>'
                     f'<text x="{left + j * 260 + 16}" y="{height + 14}" font-size="12">{escape(name[:36])}</text>')
    parts.append("</svg>")
    return "".join(parts)
