"""A team server's address and password: the address never holds the password; the password lives only
in a safe keyring, never in a plaintext one."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from desktop.services.core import team_login
from desktop.services.core.team_login import TeamServer, is_team_url, password_in, shown
from models.errors import ValidationError


def test_an_address_is_read_and_written_back_without_its_password():
    server = TeamServer.parse("postgresql://anna:s3cret@db.example.org:5433/beehive?sslmode=require")
    assert server == TeamServer("db.example.org", 5433, "beehive", "anna", "require")
    assert server.url() == "postgresql://anna@db.example.org:5433/beehive?sslmode=require"
    assert "s3cret" not in server.url() and "s3cret" not in server.key()
    assert TeamServer.parse(server.url()) == server
    assert TeamServer.parse("postgres://bo@localhost/team").port == 5432


@pytest.mark.parametrize("text", ["postgresql://localhost/db", "postgresql://anna@localhost/", "mysql://a@h/db",
                                  "postgresql://anna@h/db?sslmode=sometimes", "/home/anna/team.beehive"])  # fmt: skip
def test_what_is_not_a_team_address_is_refused(text):
    with pytest.raises(ValidationError) as e:
        TeamServer.parse(text)
    assert e.value.code == "not_a_team_url" and "s3cret" not in str(e.value.value)


def test_a_password_in_the_url_is_used_but_never_shown():
    url = "postgresql://anna:s3cret@db.example.org/beehive"
    assert password_in(url) == "s3cret" and password_in("postgresql://anna@h/db") is None
    assert shown(url) == "postgresql://anna@db.example.org/beehive"
    assert is_team_url(url) and not is_team_url("team.beehive")


def test_the_password_is_kept_in_the_keyring_and_forgotten():
    server = TeamServer("db.example.org", 5432, "beehive", "anna")
    assert team_login.stored_password(server) is None
    assert team_login.keep_password(server, "s3cret")
    assert team_login.stored_password(server) == "s3cret"
    team_login.forget_password(server)
    assert team_login.stored_password(server) is None


def test_no_safe_keyring_keeps_nothing():
    kept = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        server = TeamServer("db.example.org", 5432, "beehive", "anna")
        assert not team_login.keep_password(server, "s3cret") and team_login.stored_password(server) is None
    finally:
        keyring.set_keyring(kept)


def test_the_kept_password_is_put_into_the_url_to_connect_with():
    server = TeamServer("db.example.org", 5432, "beehive", "cho")
    assert team_login.with_password(server.url()) == server.url()  # none kept: libpq's own ways
    team_login.keep_password(server, "p@ss")
    try:
        connect = team_login.with_password(server.url())
        assert password_in(connect) == "p@ss" and shown(connect) == "postgresql://cho@db.example.org:5432/beehive"
        written = "postgresql://cho:other@db.example.org:5432/beehive"
        assert team_login.with_password(written) == written  # a password in the URL wins
    finally:
        team_login.forget_password(server)
