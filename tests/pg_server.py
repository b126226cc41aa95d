"""A throwaway PostgreSQL server for the tests: one cluster per run (initdb + pg_ctl in a temp dir on a
free port), or the server named by BEEHIVE_TEST_PG. Without the binaries the PostgreSQL cases skip,
unless BEEHIVE_REQUIRE_PG=1 (CI) makes that a failure.

initdb and postgres refuse to run as root: as root the cluster's folder is given to an unprivileged
user (`postgres` from the distribution's package, else `nobody`) and the binaries run as that user
through subprocess's own user= switch (setuid in the child, no su/sudo/runuser needed).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["any_db", "pg_database", "pg_databases", "pg_url", "pytest_configure", "pytest_generate_tests"]
SUPERUSER = "beehive"
UNPRIVILEGED = ("postgres", "nobody")


def binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: on PATH, else the newest Debian/Ubuntu one."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def run_as() -> str | None:
    """The user the cluster runs as when we are root (None: ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in UNPRIVILEGED:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """initdb into `folder`, started on 127.0.0.1:port, trust authentication, superuser `beehive`."""

    def __init__(self, folder: Path, bindir: Path) -> None:
        self.folder, self.bindir = Path(folder), bindir
        self.data = self.folder / "data"
        self.user = run_as()
        self.port = 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        kwargs = {}
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            kwargs = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        env = {**os.environ, "LC_ALL": "C", "HOME": str(self.folder)}
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True,
                              check=check, env=env, cwd=self.folder, timeout=60, **kwargs)  # fmt: skip

    def start(self, throwaway: bool = True) -> str:
        """Start the server (initdb first if new); a throwaway one skips fsync (tests need no durability)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        if not self.data.exists():
            self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")  # fmt: skip
        for _attempt in range(5):  # a port taken between our probe and the server's bind: try another
            self.port = free_port()
            options = f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{self.folder}'"
            if throwaway:
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options,
                             "-w", "-t", "30", "start", check=False)  # fmt: skip
            if done.returncode == 0:
                return self.url("postgres")
        raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}; see {self.folder / 'log'}")

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)


def admin_url() -> Iterator[str]:
    """The session's server URL (a database to CREATE DATABASE from), or a skip / failure."""
    own = os.environ.get("BEEHIVE_TEST_PG")
    if own:
        yield own
        return
    bindir = binaries()
    if bindir is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql or set BEEHIVE_TEST_PG=URL"
        if os.environ.get("BEEHIVE_REQUIRE_PG") == "1":
            pytest.fail(reason + " (BEEHIVE_REQUIRE_PG=1)")
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="beehive-pg-"))
    cluster = Cluster(folder, bindir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _head() -> str:  # imported late: the fixtures load before the app's modules
    from models.schema_version import HEAD

    return HEAD


def autocommit(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        for sql in statements:
            con.execute(sql)


def with_database(url: str, name: str) -> str:
    """The same server's URL for database `name`."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


class Databases:
    """Fresh databases on the server: the first migrated one becomes the template of the next ones
    (CREATE DATABASE … TEMPLATE copies files: ~10 ms instead of running the migrations again)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._template: str | None = None
        self._work: str | None = None

    def empty(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        autocommit(self.url, f'CREATE DATABASE "{name}"')
        return with_database(self.url, name)

    def migrated(self) -> str:
        if self._template is None:
            name = f"tpl_{uuid.uuid4().hex[:12]}"
            autocommit(self.url, f'CREATE DATABASE "{name}"')
            from desktop.services.core.database import Database

            Database(with_database(self.url, name)).close()  # runs the migrations once
            self._template = name
        name = f"t_{uuid.uuid4().hex[:12]}"
        autocommit(self.url, f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        return with_database(self.url, name)

    def clean(self) -> str:
        """One migrated database reused from test to test, emptied first (TRUNCATE of every table but
        alembic_version, ids restarted: ~20 ms against ~300 ms for CREATE DATABASE). A test that left a
        connection holding a lock gets a new one after 2 s."""
        import psycopg

        if self._work is not None:
            try:
                with psycopg.connect(self._work, autocommit=True) as con:
                    con.execute("SET lock_timeout = '2s'")
                    tables = [r[0] for r in con.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                        " AND tablename != 'alembic_version'")]  # fmt: skip
                    version = con.execute("SELECT version_num FROM alembic_version").fetchall()
                    if version == [(_head(),)]:
                        con.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
                        return self._work
            except psycopg.Error:
                pass
        self._work = self.migrated()
        return self._work

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        autocommit(self.url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A libpq URL of a PostgreSQL server for this run (skips, or fails under BEEHIVE_REQUIRE_PG=1)."""
    yield from admin_url()


@pytest.fixture(scope="session")
def pg_databases(pg_url) -> Databases:
    return Databases(pg_url)


@pytest.fixture
def pg_database(pg_databases) -> Iterator[str]:
    """A fresh, migrated PostgreSQL workspace URL for one test, dropped after it."""
    url = pg_databases.migrated()
    yield url
    pg_databases.drop(url)


# --- the same tests on both stores -----------------------------------------------------------------
# Test modules whose `db` / `services` run on a SQLite file and on a PostgreSQL database (or mark a
# module or test with @pytest.mark.any_db).
BOTH_STORES = {
    "tests/desktop/services/core/test_undo_journal.py",
    "tests/desktop/services/members/test_import.py",
    "tests/desktop/services/events/test_services.py",
    "tests/desktop/services/events/test_door.py",
    "tests/desktop/services/health/test_report_types.py",
    "tests/desktop/services/health/test_charts.py",
    "tests/desktop/services/structure/test_services.py",
    "tests/desktop/services/members/test_consent.py",
    "tests/desktop/services/members/test_privacy.py",
    "tests/desktop/services/members/test_custom_fields.py",
    "tests/desktop/services/members/test_duplicates.py",
    "tests/desktop/services/members/test_merge.py",
    "tests/desktop/services/members/test_member_list.py",
    "tests/desktop/services/members/test_export.py",
    "tests/desktop/services/members/test_import_conflicts.py",
    "tests/desktop/services/events/test_signup_chain.py",
    "tests/desktop/services/events/test_printouts.py",
    "tests/desktop/services/events/test_transfer.py",
    "tests/desktop/services/outputs/test_services.py",
    "tests/desktop/services/health/test_levels.py",
    "tests/desktop/services/health/test_settings.py",
    "tests/desktop/services/health/test_series.py",
    "tests/desktop/services/health/test_first_runs.py",
    "tests/desktop/services/test_demo.py",
    "tests/desktop/services/members/test_presets.py",
    "tests/desktop/services/members/test_vcard_import.py",
    "tests/desktop/services/members/test_erase.py",
    "tests/desktop/services/events/test_ics.py",
    "tests/desktop/services/events/test_ics_import.py",
    "tests/desktop/services/outputs/test_transfer.py",
    "tests/desktop/services/outputs/test_compilation.py",
    "tests/desktop/services/exports/test_member_csv.py",
    "tests/desktop/services/exports/test_vcard.py",
    "tests/desktop/services/transfer/test_import_refusals.py",
    "tests/desktop/services/transfer/test_hostile_files.py",
}


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "any_db: run on a SQLite file and on a PostgreSQL database")


def pytest_generate_tests(metafunc) -> None:
    if "any_db" not in metafunc.fixturenames:
        return
    module = Path(metafunc.definition.path).resolve().relative_to(Path(__file__).resolve().parents[1])
    if module.as_posix() in BOTH_STORES or metafunc.definition.get_closest_marker("any_db"):
        metafunc.parametrize("any_db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def any_db(request, tmp_path) -> Iterator[Path | str]:
    """Where a test's workspace lives: a new file, or (parametrised) a fresh migrated PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield tmp_path / "test.beehive"
        return
    yield request.getfixturevalue("pg_databases").clean()


# --- `make pg`: a local server for trying a team workspace --------------------------------------------
def local_folder() -> Path:
    """~/.local/share/Beehive/pg; as root a folder the unprivileged user can reach (/root is closed)."""
    if os.geteuid() == 0:
        return Path(tempfile.gettempdir()) / "beehive-pg"
    return Path.home() / ".local" / "share" / "Beehive" / "pg"


def main(argv: list[str]) -> int:
    bindir = binaries()
    if bindir is None:
        print("PostgreSQL server binaries not found (Debian/Ubuntu: apt install postgresql)")
        return 1
    cluster = Cluster(local_folder(), bindir)
    if argv[:1] == ["stop"]:
        cluster.stop()
        print(f"stopped the cluster in {cluster.folder}")
        return 0
    pid_file = cluster.data / "postmaster.pid"
    running = (
        pid_file.exists()
        and cluster._run("pg_ctl", "-D", str(cluster.data), "status", check=False).returncode == 0
    )
    if running:
        cluster.port = int(pid_file.read_text().splitlines()[3])
    else:
        cluster.start(throwaway=False)
    import psycopg

    with psycopg.connect(cluster.url("postgres"), autocommit=True) as con:
        if con.execute("SELECT 1 FROM pg_database WHERE datname = 'beehive'").fetchone() is None:
            con.execute("CREATE DATABASE beehive")
    url = cluster.url("beehive")
    print(
        f"PostgreSQL {'already running' if running else 'started'} in {cluster.folder} (make pg-stop stops it)"
    )
    print(url)
    print(f"try: python -m desktop --db {url}")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
