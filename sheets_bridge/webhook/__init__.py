"""The webhook receiver: authenticated, validated, journalled before 2xx, flushed to the workbook."""

from __future__ import annotations

from .app import WebhookConfig, create_app
from .flusher import flush_all
from .journal import Journal

__all__ = ["Journal", "WebhookConfig", "create_app", "flush_all"]
