"""Issue 13: no input reaches a traceback. Every import kind in every container it reads (CSV in
several encodings and delimiters, with and without a BOM; XLSX; vCard for members; ICS for events;
files that are no container at all), fuzzed with hypothesis through the CLI's own entry: every run
ends in exit 0, 1 or 2 with the app's messages, within 10 s of CPU time (fuzz_run: wall time on a busy
machine is no measure; blocked or spinning runs are still stopped), and a refused run writes nothing.

Bounded in `make test`; `make stress` (BEEHIVE_STRESS=1) runs over 10,000 files. The figures (runs
per kind and container, tracebacks, hangs, partial writes, the slowest run) are printed at the end."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.stress import fuzz_run
from tests.stress.fuzz_files import CONTAINERS, CSV_FLAVOURS, write_csv, write_ics, write_vcf, write_xlsx
from tests.stress.fuzz_values import KINDS, table
from tests.stress.scale import runs

EXAMPLES = runs(bounded=40, stress=1_200)  # per kind: 9 kinds, 360 files bounded (~15 s), 10,800 under make stress


@pytest.fixture(scope="module")
def workspaces(tmp_path_factory):
    made = {}

    def get(kind: str):
        if kind not in made:
            folder = tmp_path_factory.mktemp(f"fuzz_{kind}")
            made[kind] = (fuzz_run.seed(folder), folder)
        return made[kind]

    return get  # the figures are printed at the end of the session (tests/stress/conftest.py)


def _write(folder, kind: str, container: str, rows, data) -> tuple:
    if container == "csv":
        flavour = data.draw(st.sampled_from(CSV_FLAVOURS), label="flavour")
        return write_csv(folder / "in.csv", rows, flavour), f"csv {flavour}"
    if container == "xlsx":
        cut = data.draw(st.integers(0, 9), label="cut") == 0
        return write_xlsx(folder / "in.xlsx", rows, cut), "xlsx cut" if cut else "xlsx"
    if container == "vcf":
        return write_vcf(folder / "in.vcf", rows, data.draw(st.booleans(), label="raw")), "vcf"
    if container == "ics":
        return write_ics(folder / "in.ics", rows, data.draw(st.booleans(), label="raw")), "ics"
    suffix = data.draw(st.sampled_from((".csv", ".xlsx", ".vcf", ".ics", ".xls", ".ods", ".txt")), label="suffix")
    junk = data.draw(st.one_of(st.binary(max_size=300), st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04",
                               b"\xef\xbb\xbf\x00\x00", b"BEGIN:VCARD\r\n", b"BEGIN:VCALENDAR\r\n"))), label="junk")  # fmt: skip
    path = folder / f"in{suffix}"
    path.write_bytes(junk)
    return path, f"junk {suffix}"


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])  # fmt: skip
@given(data=st.data())
def test_every_file_ends_in_a_message_not_a_traceback(workspaces, kind, data):
    db, folder = workspaces(kind)
    container = data.draw(st.sampled_from(CONTAINERS[kind]), label="container")
    rows = data.draw(table(kind), label="rows")
    path, label = _write(folder, kind, container, rows, data)
    skip_invalid = data.draw(st.booleans(), label="skip_invalid")
    problem = fuzz_run.run(db, kind, path, label.split(" ")[0], skip_invalid)
    assert not problem, f"{kind} {label}: {problem}"
