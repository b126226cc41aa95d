"""Export: UTF-8 with BOM, XLSX, CSV-injection guard, and export → import round trips."""

from __future__ import annotations

import csv

import pytest

from desktop.services.core.database import Database
from desktop.services.demo import create_demo
from desktop.services.members.export import export_members, member_table
from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from tests.helpers import snapshot, write_csv


def test_csv_has_bom_and_neutralises_formulas(services, community_id, tmp_path):
    text = 'name,phone,notes,tags\n=HYPERLINK("x"),+86 138 1234 5678,@SUM(A1),-1\n'
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "in.csv", text))
    apply_import(services.db, plan)
    out = tmp_path / "out.csv"
    export_members(services.db, community_id, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    row = next(r for r in csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert row["name"] == '\'=HYPERLINK("x")' and row["phone"] == "(+86) 138 1234 5678"  # text, no quote shown
    assert row["notes"] == "'@SUM(A1)" and row["tags"] == "'-1"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_round_trip_into_a_new_workspace(tmp_path, suffix):
    src = Database(tmp_path / "src.beehive")
    cid = create_demo(src, 120)
    out = tmp_path / f"members{suffix}"
    assert export_members(src, cid, out) == 120
    dst = Database(tmp_path / "dst.beehive")
    from desktop.services.communities import Communities

    did = Communities(dst).ensure("").id
    plan = plan_import(dst, did, out)
    assert plan.rejected == [] and plan.unknown_columns == []
    assert apply_import(dst, plan).created == 120
    assert member_table(dst, did) == member_table(src, cid)
    # and importing the same export into its own workspace changes nothing
    before = snapshot(src.path)
    result = apply_import(src, plan_import(src, cid, out))
    assert (result.created, result.updated) == (0, 0) and snapshot(src.path) == before
    src.close()
    dst.close()


def test_unknown_export_format(services, community_id, tmp_path):
    from models.errors import ValidationError

    with pytest.raises(ValidationError):
        export_members(services.db, community_id, tmp_path / "x.pdf")
