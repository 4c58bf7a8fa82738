"""Instagram and Facebook Messenger JSON from "Download your information" (``message_1.json`` …).

Meta writes UTF-8 bytes as ``\\u00XX`` escapes ("mojibake"); every string is repaired. Messages come
newest first; ``timestamp_ms`` is UTC.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from .base import ParsedChat, empty_frame, load_json


def fix_mojibake(text: str) -> str:
    """'Ð\\x9fÑ\\x80Ð¸Ð²ÐµÑ\\x82' → 'Привет'; text that is not mojibake is returned unchanged."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _fix(value: Any) -> Any:
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        return {k: _fix(v) for k, v in value.items()}
    return value


def _text(msg: dict[str, Any]) -> str:
    parts = [msg.get("content") or ""]
    for key, label in (("photos", "<photo>"), ("videos", "<video>"), ("audio_files", "<audio>"),
                       ("gifs", "<GIF>"), ("files", "<file>")):
        if msg.get(key):
            parts.insert(0, label)
    if msg.get("sticker"):
        parts.insert(0, "<sticker>")
    share = msg.get("share")
    if isinstance(share, dict) and share.get("link") and share["link"] not in parts[-1]:
        parts.append(share["link"])
    if msg.get("reactions"):
        parts.append("(" + " ".join(f"{r.get('reaction', '')}" for r in msg["reactions"]) + ")")
    return " ".join(p for p in parts if p).strip()


def parse(paths: list[Path]) -> ParsedChat:
    """One thread, from its ``message_1.json`` (and ``message_2.json`` … if given)."""
    rows = []
    title = None
    for path in paths:
        data = _fix(load_json(path))
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
            raise InputError("is not an Instagram/Messenger export (no \"messages\" list)", file=str(path))
        title = title or data.get("title")
        for pos, msg in enumerate(data["messages"]):
            if not isinstance(msg, dict) or "timestamp_ms" not in msg:
                raise InputError(f"messages[{pos}] has no timestamp_ms", file=str(path))
            rows.append((pd.Timestamp(int(msg["timestamp_ms"]), unit="ms", tz="UTC"), str(msg.get("sender_name", "")),
                         _text(msg), f"{path.name}#{pos}", False))
    if not rows:
        frame = empty_frame()
    else:
        frame = pd.DataFrame(rows, columns=["timestamp", "sender", "text", "line", "system"])
        frame["native_id"] = frame["line"]
        frame = frame.sort_values("timestamp", kind="stable").reset_index(drop=True)
    first = paths[0]
    channel = "messenger" if any('"type": "Generic"' in p.read_text(encoding="utf-8", errors="replace")[:5000]
                                 for p in paths[:1]) else "instagram"
    return ParsedChat(path=str(first), chat_key=f"{channel}:{first.parent.name or first.stem}", channel=channel,
                      title=title, data=frame)


def sniff(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        return False
    msgs = data["messages"]
    return not msgs or (isinstance(msgs[0], dict) and "timestamp_ms" in msgs[0])
