"""Headless Qt, a temporary data dir, QSettings path and workspace per test, an in-memory keyring."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication: without a display Qt aborts
_SESSION_DIR = tempfile.mkdtemp(prefix="beehive-tests-")
os.environ["BEEHIVE_DATA_DIR"] = _SESSION_DIR

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self._store.get((service, username))

    def set_password(self, service, username, password):
        self._store[(service, username)] = password

    def delete_password(self, service, username):
        self._store.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())

from tests.pg_server import *  # noqa: E402, F403  (PostgreSQL fixtures; `any_db`: file or server)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own data dir and QSettings file."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("BEEHIVE_DATA_DIR", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def db(any_db):
    from desktop.services.core.database import Database

    database = Database(any_db)
    yield database
    database.close()


@pytest.fixture
def services(any_db):
    from desktop.services.container import open_services

    s = open_services(any_db)
    yield s
    s.close()


@pytest.fixture
def steps(services):
    """The undo steps the workspace records from here on, in order."""
    got = []
    services.db.on_step.append(got.append)
    return got


@pytest.fixture
def community_id(services):
    from desktop.services.communities import CommunityInfo

    return services.communities.create(CommunityInfo(name="测试社群"))


@pytest.fixture(autouse=True, scope="session")
def _qt_app(qapp):
    """One QApplication for the whole run, speaking English (with the catalog's plural forms)."""
    from desktop import i18n

    assert i18n.install(qapp, "en"), "build the catalogs first (make setup)"
    return qapp
