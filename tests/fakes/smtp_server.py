"""A local SMTP server (aiosmtpd) on 127.0.0.1, port 0 read back: STARTTLS or TLS from the start with a throwaway
certificate, AUTH PLAIN/LOGIN checked against ``users``, recipients it refuses, and every accepted message kept."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import tempfile
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class _PortZero(Controller):
    """aiosmtpd's controller bound to a free port, which it then reads back."""

    def _create_server(self) -> Any:
        async def create() -> Any:
            server = await self.loop.create_server(self._factory_invoker, host=self.hostname, port=0,
                                                   ssl=self.ssl_context)
            self.port = server.sockets[0].getsockname()[1]
            return server
        return create()


def _certificate() -> tuple[bytes, bytes]:
    """A self-signed certificate for 127.0.0.1 and its key (PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


class FakeSmtp:
    """``with FakeSmtp(security="starttls") as smtp: …`` — ``smtp.messages`` holds the accepted e-mails, parsed.

    ``security``: ``starttls`` (AUTH only after STARTTLS), ``ssl`` (TLS from the first byte) or ``none``.
    ``client_context`` trusts the throwaway certificate (give it to SmtpConfig.ssl_context)."""

    def __init__(self, *, security: str = "starttls", users: dict[str, str] | None = None,
                 refuse: tuple[str, ...] = (), refuse_senders: tuple[str, ...] = ()) -> None:
        self.security = security
        self.users = {"owner@studio.test": "app-password-1"} if users is None else users
        self.refuse = set(refuse)
        self.refuse_senders = set(refuse_senders)  # as servers that take only the login's own address do
        self.messages: list[EmailMessage] = []
        self.raw: list[bytes] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.logins: list[str] = []
        cert, key = _certificate()
        folder = Path(tempfile.mkdtemp(prefix="fake-smtp-"))
        (folder / "cert.pem").write_bytes(cert)
        (folder / "key.pem").write_bytes(key)
        server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        self.client_context = ssl.create_default_context(cadata=cert.decode())
        kwargs: dict[str, Any] = {"authenticator": self._authenticate, "auth_required": bool(self.users)}
        if security == "starttls":
            kwargs.update(tls_context=server_context, require_starttls=True)
        elif security == "ssl":
            # aiosmtpd counts only STARTTLS as TLS for AUTH; this whole connection is TLS
            kwargs.update(ssl_context=server_context, auth_require_tls=False)
        else:
            kwargs.update(auth_require_tls=False)
        self.controller = _PortZero(self, hostname="127.0.0.1", **kwargs)

    @property
    def port(self) -> int:
        return int(self.controller.port)

    def url(self, user: str = "owner@studio.test", password: str = "app-password-1") -> str:
        from urllib.parse import quote

        scheme = {"starttls": "smtp", "ssl": "smtps", "none": "smtp+insecure"}[self.security]
        login = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
        return f"{scheme}://{login}127.0.0.1:{self.port}"

    # --- aiosmtpd's hooks ------------------------------------------------------------------------------------
    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = data.login.decode(), data.password.decode()
        ok = self.users.get(user) == password
        if ok:
            self.logins.append(user)
        return AuthResult(success=ok, handled=False)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse_senders:
            return f"553 5.7.1 <{address}>: Sender address rejected: not owned by user"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content or envelope.content)
        self.raw.append(raw)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(raw, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def __enter__(self) -> FakeSmtp:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
