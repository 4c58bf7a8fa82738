"""The weekly report by Telegram bot (Bot API over requests): who to write to today as messages, the report as a file.

``sendMessage`` takes 1–4096 characters of text, so the list goes in chunks cut at line ends; ``sendDocument``
uploads the HTML report (multipart/form-data). Errors follow the Bot API: ``{"ok": false, "error_code": …,
"description": …, "parameters": {"retry_after": …}}``. A 429 is waited out as its ``retry_after`` says (it proves
nothing was sent); any other failure ends this pass and the job resumes at the step that failed next time. The bot
token travels in the URL path, so no URL and no request library message is ever shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import DeliveryError, InputError
from ..retry import RetryPolicy
from .digest import Digest

API_ROOT = "https://api.telegram.org"
MESSAGE_LIMIT = 4096   # sendMessage: text of 1-4096 characters
CAPTION_LIMIT = 1024   # sendDocument: caption of 0-1024 characters


@dataclass(frozen=True)
class TelegramConfig:
    """The bot (its token from @BotFather), the owner's chat, and how long to wait out Telegram's flood limits."""

    token: str = field(repr=False)
    chat_id: str = ""
    api_root: str = API_ROOT
    timeout: float = 30.0
    attempts: int = 4             # tries of one request when Telegram answers 429
    max_wait: float = 300.0       # the longest retry_after waited within one pass; longer ones wait for the next
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if ":" not in self.token:
            raise InputError("a bot token looks like 123456789:AAE…, as @BotFather gives it",
                             field="SHEETS_BRIDGE_TELEGRAM_TOKEN")
        if not str(self.chat_id).strip():
            raise InputError("no chat: pass --telegram-chat-id (docs/job.md says how to find it)",
                             field="--telegram-chat-id")


def units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji may take two)."""
    return len(text.encode("utf-16-le")) // 2


def chunks(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit`` units, cut at line ends (a longer line is cut where it must be)."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        while units(line) > limit:
            cut = limit
            while units(line[:cut]) > limit:
                cut -= 1
            if current:
                out.append(current)
                current = ""
            out.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if units(candidate) > limit:
            out.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        out.append(current)
    return [c for c in out if c.strip()]


class _FloodWait(Exception):
    """Telegram answered 429: nothing was sent; try again after ``retry_after`` seconds."""

    def __init__(self, retry_after: float, description: str) -> None:
        super().__init__(description)
        self.retry_after, self.description = retry_after, description


@dataclass
class TelegramBot:
    """Calls the Bot API for one bot; ``session`` is a requests.Session (injectable)."""

    config: TelegramConfig
    session: Any = None

    def _session(self) -> Any:
        """The HTTP session, made at the first request (a bot that sends nothing this pass opens nothing)."""
        if self.session is None:
            try:
                import requests
            except ImportError as exc:  # pragma: no cover - requests comes with the sheets/notify extras
                raise DeliveryError("Telegram needs requests: pip install 'sheets-bridge[notify]'") from exc
            self.session = requests.Session()
        return self.session

    def call(self, method: str, data: dict[str, Any], files: dict[str, Any] | None = None) -> Any:
        """One Bot API method; its ``result``. 429 answers are waited out (up to ``max_wait`` each)."""
        policy = RetryPolicy(attempts=self.config.attempts, sleep=self.config.sleep, jitter=False)

        def wait(exc: BaseException) -> float | None:
            return exc.retry_after if isinstance(exc, _FloodWait) else None

        def retry(exc: BaseException) -> bool:
            return isinstance(exc, _FloodWait) and exc.retry_after <= self.config.max_wait

        try:
            return policy.call(lambda: self._send(method, data, files), retry=retry, retry_after=wait)
        except _FloodWait as exc:
            raise DeliveryError(f"Telegram limits this bot for now ({exc.description}); the job sends the rest at "
                                "its next pass") from None

    def _send(self, method: str, data: dict[str, Any], files: dict[str, Any] | None) -> Any:
        session = self._session()
        import requests

        url = f"{self.config.api_root.rstrip('/')}/bot{self.config.token}/{method}"
        try:
            if files is None:
                reply = session.post(url, json=data, timeout=self.config.timeout)
            else:
                reply = session.post(url, data=data, files=files, timeout=self.config.timeout)
        except requests.RequestException as exc:  # its text holds the URL, and so the token: name the kind only
            raise DeliveryError(f"cannot reach Telegram ({exc.__class__.__name__}): check that this computer is "
                                "online and api.telegram.org is not blocked; the job tries again next pass") from None
        try:
            body = reply.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("ok"), bool):
            raise DeliveryError(f"Telegram answered HTTP {reply.status_code} with something that is not a Bot API "
                                "reply (a proxy or a captive portal in between?); the job tries again next pass")
        if body["ok"]:
            return body.get("result")
        code = body.get("error_code") or reply.status_code
        text = str(body.get("description") or f"error {code}")
        given = body.get("parameters")
        params: dict[str, Any] = given if isinstance(given, dict) else {}
        if code == 429:
            try:
                after = float(params.get("retry_after", 1))
            except (TypeError, ValueError):
                after = 1.0
            raise _FloodWait(after, text)
        raise DeliveryError(_explain(int(code), text, params, self.config.chat_id))

    def steps(self, digest: Digest) -> list[Callable[[], None]]:
        """The delivery as steps to run in order: each chunk of the list, then the report file."""
        chat = str(self.config.chat_id)

        def message(text: str) -> Callable[[], None]:
            return lambda: self._expect_message(self.call("sendMessage", {"chat_id": chat, "text": text}))

        def document() -> None:
            files = {"document": (digest.filename, digest.html.encode("utf-8"), "text/html")}
            self._expect_message(self.call("sendDocument", {"chat_id": chat,
                                                            "caption": digest.caption[:CAPTION_LIMIT]}, files))

        return [*(message(c) for c in chunks(digest.waiting)), document]

    @staticmethod
    def _expect_message(result: Any) -> None:
        if not isinstance(result, dict) or "message_id" not in result:
            raise DeliveryError("Telegram said ok but returned no message; the job tries again next pass")


def _explain(code: int, description: str, params: dict[str, Any], chat_id: str) -> str:
    """A Bot API refusal in words that say what to fix."""
    if code == 401:
        return (f"Telegram refused the bot token ({code} {description}): check SHEETS_BRIDGE_TELEGRAM_TOKEN, as "
                "@BotFather gave it (/mybots → API Token)")
    if "migrate_to_chat_id" in params:
        return (f"the group became a supergroup ({description}): use --telegram-chat-id "
                f"{params['migrate_to_chat_id']}")
    if code == 400 and "chat not found" in description.lower():
        return (f"Telegram: {description} (chat id {chat_id}): check --telegram-chat-id, and that the owner pressed "
                "Start in the chat with the bot (docs/job.md)")
    if code == 403:
        return (f"Telegram: {description} (chat id {chat_id}): the owner must unblock the bot (or add it back to the "
                "group) and press Start")
    if code >= 500:
        return f"Telegram had a server error ({code} {description}); the job tries again next pass"
    return f"Telegram refused the message ({code} {description})"
