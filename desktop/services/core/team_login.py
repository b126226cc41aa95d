"""A team server's address and its password. The address (postgresql://user@host:port/db?sslmode=…) is
what settings, the recent list and the window title keep; the password lives only in the OS keyring,
under the same rules as the workspace keys (cipher/keystore: no plaintext or null backend), or comes
from libpq's own ways for scripts (PGPASSWORD, ~/.pgpass, a password in the URL)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.services.core.cipher import keystore
from models.errors import ValidationError


def make_url(text: str):
    """SQLAlchemy's URL parser, loaded when first needed (the window's first paint loads no SQLAlchemy)."""
    from sqlalchemy.engine import make_url as parse

    return parse(text)


def _argument_error():
    from sqlalchemy.exc import ArgumentError

    return ArgumentError


SERVICE = "Beehive team server"
SSL_MODES = ("prefer", "require", "verify-full", "disable")  # libpq's sslmode, the usual ones first


SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_url(location) -> bool:
    """A team server's address (a string: a Path would have folded its "//")."""
    return isinstance(location, str) and location.startswith(SCHEMES)


def is_team_url(text) -> bool:
    return is_url(str(text))


def shown(url: str) -> str:
    """The URL without its password (in the address or as a query parameter), for messages, logs and
    the recent list; the other parameters (sslmode) are kept."""
    from urllib.parse import parse_qsl, urlencode

    parts = urlsplit(str(url))
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return f"postgresql://{user}{host}{port}{parts.path}" + (f"?{query}" if query else "")


@dataclass(frozen=True)
class TeamServer:
    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"

    @classmethod
    def parse(cls, text: str) -> TeamServer:
        """From a libpq URL (a password in it is dropped here: see password_in)."""
        if not is_team_url(text):
            raise ValidationError("not_a_team_url", "server", shown(text))
        try:
            url = make_url(str(text))
        except _argument_error():
            raise ValidationError("not_a_team_url", "server", shown(text)) from None
        sslmode = str(url.query.get("sslmode", "prefer"))
        if not url.host or not url.database or not url.username or sslmode not in SSL_MODES:
            raise ValidationError("not_a_team_url", "server", shown(text))
        return cls(url.host, int(url.port or 5432), url.database, url.username, sslmode)

    def url(self) -> str:
        """The address without a password: safe to keep in settings and to show."""
        tail = "" if self.sslmode == "prefer" else f"?sslmode={self.sslmode}"
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}{tail}"

    def key(self) -> str:
        """The keyring entry's name."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def password_in(text: str) -> str | None:
    """A password written in the URL itself (scripts), else None."""
    try:
        return make_url(str(text)).password
    except _argument_error():
        return None


def with_password(text: str) -> str:
    """The URL to connect with: as written when it holds a password, else with the keyring's (if any)
    put in; libpq's own ways (PGPASSWORD, ~/.pgpass) still apply when neither has one."""
    try:
        url = make_url(str(text))
        server = TeamServer.parse(str(text))
    except (_argument_error(), ValidationError):
        return str(text)
    if url.password is not None or (password := stored_password(server)) is None:
        return str(text)
    return url.set(password=password).render_as_string(hide_password=False)


def stored_password(server: TeamServer) -> str | None:
    return keystore.read(SERVICE, server.key())


def keep_password(server: TeamServer, password: str) -> bool:
    """False when there is no safe keyring here (the organiser types it each time)."""
    return keystore.write(SERVICE, server.key(), password)


def forget_password(server: TeamServer) -> None:
    keystore.remove(SERVICE, server.key())
