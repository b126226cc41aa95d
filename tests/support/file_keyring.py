"""A keyring backend for tests that run Beehive in a subprocess: secrets in a JSON file named by
BEEHIVE_TEST_KEYRING (selected with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.TestKeyring).
Never for real use: it is exactly the plaintext keyring the app refuses to pick on its own."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class TestKeyring(KeyringBackend):
    priority = 1

    def _file(self) -> Path:
        return Path(os.environ["BEEHIVE_TEST_KEYRING"])

    def _load(self) -> dict:
        try:
            return json.loads(self._file().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._file().write_text(json.dumps(data))
