"""The weekly report by e-mail (smtplib): a short text in the owner's language with the report attached as HTML.

Configured by one URL, ``SHEETS_BRIDGE_SMTP_URL``: ``smtp://user:password@host:587`` (STARTTLS),
``smtps://user:password@host:465`` (TLS from the first byte), or ``smtp+insecure://host:25`` (no encryption, only
for a relay on this machine, and never with a password). The password is never printed.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from ..errors import DeliveryError, InputError
from .digest import Digest

SCHEMES = {"smtp": ("starttls", 587), "smtps": ("ssl", 465), "smtp+ssl": ("ssl", 465),
           "smtp+insecure": ("none", 25)}


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send: the server, its security, the login, and the owner's addresses."""

    host: str
    port: int
    security: str = "starttls"          # starttls | ssl | none
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    sender: str = ""
    to: tuple[str, ...] = ()
    timeout: float = 30.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)  # tests: a local CA

    @classmethod
    def from_url(cls, url: str, *, to: tuple[str, ...] | list[str] = (), sender: str | None = None,
                 timeout: float = 30.0) -> SmtpConfig:
        """From ``smtp://user:pass@host:587`` (user and password percent-encoded when they hold ``@`` or ``:``)."""
        where = "SHEETS_BRIDGE_SMTP_URL"
        parts = urlsplit(url.strip())
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise InputError("must look like smtp://USER:PASSWORD@HOST:587 (STARTTLS), smtps://USER:PASSWORD@HOST:465 "
                             "or smtp+insecure://HOST:25 (a relay on this machine)", field=where)
        security, default_port = SCHEMES[parts.scheme]
        try:
            port = parts.port or default_port
        except ValueError as exc:
            raise InputError("the port must be a number, e.g. smtp://USER:PASSWORD@HOST:587", field=where) from exc
        user = unquote(parts.username) if parts.username else None
        password = unquote(parts.password) if parts.password is not None else None
        if security == "none" and password:
            raise InputError("smtp+insecure:// would send the password unencrypted: use smtp:// (STARTTLS, port 587) "
                             "or smtps:// (port 465)", field=where)
        sender = sender or (user if user and "@" in user else "")
        if not sender:
            raise InputError("no sender address: pass --email-from you@example.com (the login is not an address)",
                             field="--email-from")
        recipients = tuple(a.strip() for a in to if a.strip())
        if not recipients:
            raise InputError("no recipient: pass --email-to owner@example.com (repeatable)", field="--email-to")
        return cls(parts.hostname, port, security, user, password, sender, recipients, timeout)

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def build_message(config: SmtpConfig, digest: Digest) -> EmailMessage:
    """The e-mail: subject and text in the owner's language, the report as an HTML attachment."""
    msg = EmailMessage()
    msg["Subject"] = digest.subject
    msg["From"] = config.sender
    msg["To"] = ", ".join(config.to)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or None)
    msg["Content-Language"] = digest.lang
    msg.set_content(digest.body)
    msg.add_attachment(digest.html, subtype="html", filename=digest.filename)
    return msg


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    context = config.ssl_context or ssl.create_default_context()
    if config.security == "ssl":
        return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    if config.security == "starttls":
        smtp.ehlo()
        if not smtp.has_extn("starttls"):
            smtp.close()
            raise DeliveryError(f"the mail server {config.where} does not offer STARTTLS: use smtps://…:465 in "
                                "SHEETS_BRIDGE_SMTP_URL, or the port your provider gives for STARTTLS (usually 587)")
        smtp.starttls(context=context)
        smtp.ehlo()
    return smtp


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"


def send_email(config: SmtpConfig, digest: Digest, warn: Callable[[str], None] = lambda text: None) -> None:
    """Send the digest; :class:`DeliveryError` saying what to fix when the server refuses or cannot be reached."""
    msg = build_message(config, digest)
    try:
        with _connect(config) as smtp:
            if config.user:
                smtp.login(config.user, config.password or "")
            refused = smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"the mail server {config.where} refused the login of {config.user!r} ({_reply(exc)}): "
                            "check the user and password in SHEETS_BRIDGE_SMTP_URL (Gmail, Yandex and Mail.ru need "
                            "an app password, not the account's)") from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(f"the mail server {config.where} does not accept a login here: use smtps://…:465 or "
                            "smtp://…:587 (a login is offered only over TLS)") from None
    except smtplib.SMTPRecipientsRefused as exc:
        who = "; ".join(f"{addr}: {code} {msg_.decode(errors='replace') if isinstance(msg_, bytes) else msg_}"
                        for addr, (code, msg_) in exc.recipients.items())
        raise DeliveryError(f"the mail server {config.where} refused the recipient ({who}): check --email-to") \
            from None
    except smtplib.SMTPSenderRefused as exc:
        raise DeliveryError(f"the mail server {config.where} refused the sender {config.sender!r} ({_reply(exc)}): "
                            "check --email-from (many servers take only the login's own address)") from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"the mail server {config.where} refused the message ({_reply(exc)})") from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"TLS with {config.where} failed ({exc.reason or exc.__class__.__name__}): port 465 needs "
                            "smtps://, port 587 smtp:// (STARTTLS)") from None
    except (smtplib.SMTPException, socket.gaierror, OSError) as exc:
        raise DeliveryError(f"cannot reach the mail server {config.where} ({exc.__class__.__name__}: {exc}): check "
                            "the host and port in SHEETS_BRIDGE_SMTP_URL and that this computer is online") from None
    if refused:
        warn(f"the mail server {config.where} refused some recipients ({', '.join(refused)}); the others got it")
