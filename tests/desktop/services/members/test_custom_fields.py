"""Custom member fields: writes as undo steps, the "field = value" filter, the import keeping unknown
columns as fields, and the export carrying them back."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.members.custom_fields import custom_values_of, plan_custom_columns
from desktop.services.members.export import export_headers, export_members, member_table
from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from desktop.services.transfer.tabular import read_table
from models.errors import ValidationError
from tests.helpers import snapshot, write_csv

PEOPLE = [("张伟", "13812345678"), ("Emily Clarke", "+44 7911 123456"), ("李娜", "13998765432"),
          ("Michael O'Brien", "+1 415 555 0132"), ("王芳", "13700001111")]  # fmt: skip
CSV = (
    "姓名,手机,T恤尺码,Dietary needs,会员到期,身高\n"
    "张伟,13812345678,L,素食,2025/3/31,178\n"
    "Emily Clarke,+44 7911 123456,M,vegetarian,2025-06-30,165.5\n"
    "李娜,13998765432,S,,2024年12月1日,160\n"
    "Michael O'Brien,+1 415 555 0132,XL,no pork,2025-01-15,185\n"
    "王芳,13700001111,M,素食,,\n"
    "赵磊,13600002222,L,,2026/1/1,172\n"
)


@pytest.fixture
def fields(services):
    return services.custom_fields


@pytest.fixture
def members(services, community_id):
    ids = [
        services.member_writes.create(community_id, MemberDraft(name=n, identities=(("phone", p),)))
        for n, p in PEOPLE
    ]
    return dict(zip((n for n, _ in PEOPLE), ids, strict=True))


def _steps(services):
    steps = []
    services.db.on_step.append(steps.append)
    return steps


def _plan_with_custom(services, community_id, path):
    """The plan as the import dialog and CLI run it: unknown columns become custom fields."""
    plan = plan_import(services.db, community_id, path)
    assert plan.rejected == []
    return plan


def test_add_rename_change_delete_each_one_undo_step(services, community_id, fields, members):
    steps = _steps(services)
    before = snapshot(services.path)
    fid = fields.add_field(community_id, "T恤尺码", "choice", "S; M; L; XL")
    fields.set_values(community_id, members["张伟"], {fid: "l"})
    fields.rename_field(fid, "T-shirt size")
    fields.change_kind(fid, "choice", "S; M; L; XL; XXL")
    fields.delete_field(fid)
    assert [s.label for s in steps] == ["Add custom field", "Edit custom fields", "Rename custom field",
                                        "Change custom field", "Delete custom field"]  # fmt: skip
    assert fields.fields(community_id) == []
    services.db.undo(steps[-1])  # the field comes back with its value
    assert [f.name for f in fields.fields(community_id)] == ["T-shirt size"]
    assert fields.values(members["张伟"]) == {fid: "L"}
    for step in reversed(steps[:-1]):
        services.db.undo(step)
    assert snapshot(services.path) == before


def test_fields_keep_their_order_and_records_are_frozen(community_id, fields):
    a = fields.add_field(community_id, "会员到期", "date")
    b = fields.add_field(community_id, "Dietary needs")
    got = fields.fields(community_id)
    assert [(f.id, f.kind, f.position) for f in got] == [(a, "date", 0), (b, "text", 1)]
    with pytest.raises(AttributeError):
        got[0].name = "x"


@pytest.mark.parametrize(
    "name,code", [("Email", "field_name_reserved"), ("手机", "field_name_reserved"), ("dietary NEEDS", "field_exists"),
                  ("  ", "field_name_required")],
)  # fmt: skip
def test_names_that_would_clash_are_refused(community_id, fields, name, code):
    fields.add_field(community_id, "Dietary needs")
    with pytest.raises(ValidationError) as e:
        fields.add_field(community_id, name)
    assert e.value.code == code


def test_values_are_cleaned_and_a_blank_removes_one(community_id, fields, members):
    expiry = fields.add_field(community_id, "会员到期", "date")
    height = fields.add_field(community_id, "身高", "number")
    mid = members["李娜"]
    fields.set_values(community_id, mid, {expiry: "2025年3月31日", height: "160"})
    assert fields.values(mid) == {expiry: "2025-03-31", height: "160"}
    fields.set_values(community_id, mid, {height: ""})
    assert fields.values(mid) == {expiry: "2025-03-31"}
    assert fields.shown(community_id, mid) == [("会员到期", "2025-03-31")]


def test_a_refused_value_writes_nothing(services, community_id, fields, members):
    size = fields.add_field(community_id, "T恤尺码", "choice", "S; M; L")
    height = fields.add_field(community_id, "身高", "number")
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        fields.set_values(community_id, members["王芳"], {size: "M", height: "tall"})
    assert (e.value.code, e.value.field) == ("bad_number", "身高")
    assert snapshot(services.path) == before


def test_changing_the_kind_cleans_values_again_or_refuses(services, community_id, fields, members):
    fid = fields.add_field(community_id, "身高")
    fields.set_values(community_id, members["张伟"], {fid: "1,780"})
    fields.set_values(community_id, members["李娜"], {fid: "160.0"})
    fields.change_kind(fid, "number")
    assert fields.values(members["张伟"]) == {fid: "1780"} and fields.values(members["李娜"]) == {fid: "160"}
    fields.set_values(community_id, members["王芳"], {fid: "155"})
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        fields.change_kind(fid, "choice", "160; 1780")
    assert (e.value.code, e.value.value) == ("not_a_choice", "155")
    assert snapshot(services.path) == before
    fields.change_kind(fid, "choice")  # no list given: the members' values become the choices
    assert fields.field(fid).choices == ("1780", "160", "155")


def test_save_member_writes_the_member_and_its_values_in_one_step(services, community_id, fields):
    """The member editor's OK (Consents.save_member, here without consents)."""
    fid = fields.add_field(community_id, "Dietary needs")
    steps = _steps(services)
    save = services.consents.save_member
    mid = save(services.member_writes, fields, community_id, None,
               MemberDraft(name="Sophie Martin", identities=(("email", "sophie@example.fr"),)), {fid: "gluten free"}, {})  # fmt: skip
    assert [s.label for s in steps] == ["Add member"]
    assert services.members.get(mid).name == "Sophie Martin" and fields.values(mid) == {fid: "gluten free"}
    save(services.member_writes, fields, community_id, mid, MemberDraft(name="Sophie Martin-Roy"), {fid: ""}, {})
    assert [s.label for s in steps] == ["Add member", "Edit member"]
    assert fields.values(mid) == {}


def test_deleting_a_member_takes_its_values_and_undo_restores_them(services, community_id, fields, members):
    fid = fields.add_field(community_id, "Dietary needs")
    fields.set_values(community_id, members["Emily Clarke"], {fid: "vegetarian"})
    steps = _steps(services)
    services.member_writes.delete([members["Emily Clarke"]])
    assert services.members.get(members["Emily Clarke"]) is None
    services.db.undo(steps[0])
    assert fields.values(members["Emily Clarke"]) == {fid: "vegetarian"}


def test_values_of_many_members_and_for_a_merge(services, community_id, fields, members):
    size = fields.add_field(community_id, "T恤尺码", "choice", "S; M; L")
    diet = fields.add_field(community_id, "Dietary needs")
    fields.set_values(community_id, members["张伟"], {size: "L", diet: "素食"})
    fields.set_values(community_id, members["李娜"], {size: "S"})
    got = fields.values_of([members["张伟"], members["李娜"], members["王芳"]])
    assert got == {members["张伟"]: {size: "L", diet: "素食"}, members["李娜"]: {size: "S"}}
    with services.db.read() as conn:
        assert custom_values_of(conn, members["张伟"]) == {size: "L", diet: "素食"}


@pytest.mark.parametrize(
    "text,names",
    [
        ("T恤尺码 = m", {"Emily Clarke", "王芳"}),
        ("t恤尺码=L", {"张伟"}),
        ("Dietary needs = VEG", {"Emily Clarke"}),  # text: contains, ignoring case
        ("Dietary needs =", {"张伟", "李娜", "Michael O'Brien", "王芳"}),  # no value
        ("会员到期 < 2025/4/1", {"张伟", "李娜"}),
        ("会员到期 > 2025-03-31", {"Emily Clarke"}),
        ("身高 > 170", {"张伟", "Michael O'Brien"}),
        ("身高 = 165.50", {"Emily Clarke"}),
        ("会员到期 = 2025/", set()),  # being typed: nothing matches yet, and nothing fails
        ("zhangwei T恤尺码 = L", {"张伟"}),  # words before the field still search as usual
        ("lina T恤尺码 = L", set()),
        ("鞋码 = 42", set()),  # no such field: plain words, which no member has
    ],
)
def test_filter_by_a_custom_field(services, community_id, fields, members, text, names):
    size = fields.add_field(community_id, "T恤尺码", "choice", "S; M; L; XL")
    diet = fields.add_field(community_id, "Dietary needs")
    expiry = fields.add_field(community_id, "会员到期", "date")
    height = fields.add_field(community_id, "身高", "number")
    for name, values in {
        "张伟": {size: "L", expiry: "2025-03-31", height: "178"},
        "Emily Clarke": {size: "M", diet: "Vegetarian", expiry: "2025-06-30", height: "165.5"},
        "李娜": {size: "S", diet: "", expiry: "2024-12-01", height: "160"},
        "Michael O'Brien": {size: "XL", height: "185"},
        "王芳": {size: "M"},
    }.items():
        fields.set_values(community_id, members[name], values)
    q = services.members
    ids = q.ordered_ids(community_id, text)
    assert {r.name for r in q.rows(ids).values()} == names
    assert q.count(community_id, text) == len(names)


def test_plan_custom_columns_guesses_new_kinds_and_keeps_existing_ones(services, community_id, fields):
    fields.add_field(community_id, "Dietary needs", "choice", "素食; vegetarian; no pork")
    samples = {"T恤尺码": ["L", "M", "S", "XL", "M", "L"], "Dietary needs": ["a", "b"],
               "会员到期：": ["2025/3/31", "2025-06-30"], "身高": ["178", "165.5"], "": ["x"]}  # fmt: skip
    got = plan_custom_columns(services.db, community_id, list(samples), samples)
    assert got == {"T恤尺码": ("T恤尺码", "choice"), "Dietary needs": ("Dietary needs", "choice"),
                   "会员到期：": ("会员到期", "date"), "身高": ("身高", "number")}  # fmt: skip


def test_import_keeps_unknown_columns_as_custom_fields_in_one_undo_step(
    services, community_id, fields, tmp_path
):
    path = write_csv(tmp_path / "members.csv", CSV)
    plan = _plan_with_custom(services, community_id, path)
    assert plan.custom_columns["T恤尺码"] == ("T恤尺码", "choice")
    steps = _steps(services)
    before = snapshot(services.path)
    assert apply_import(services.db, plan).created == 6
    assert [s.label for s in steps] == ["Import members"]
    got = {f.name: f for f in fields.fields(community_id)}
    assert {n: f.kind for n, f in got.items()} == {"T恤尺码": "choice", "Dietary needs": "text",
                                                   "会员到期": "date", "身高": "number"}  # fmt: skip
    assert got["T恤尺码"].choices == ("L", "M", "S", "XL")
    (zhang,) = services.members.resolve(community_id, "张伟")
    assert fields.shown(community_id, zhang) == [("T恤尺码", "L"), ("Dietary needs", "素食"),
                                                 ("会员到期", "2025-03-31"), ("身高", "178")]  # fmt: skip
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


def test_reimport_updates_values_and_refuses_a_value_not_among_the_choices(
    services, community_id, fields, tmp_path
):
    apply_import(services.db, _plan_with_custom(services, community_id, write_csv(tmp_path / "a.csv", CSV)))
    again = write_csv(
        tmp_path / "b.csv", "姓名,手机,T恤尺码,身高\n张伟,13812345678,XXL,\n王芳,13700001111,m,158\n"
    )
    plan = plan_import(services.db, community_id, again)
    assert plan.custom_columns["T恤尺码"] == ("T恤尺码", "choice")  # the existing field keeps its kind
    assert [(r.line, r.code, r.value) for r in plan.rejected] == [(2, "not_a_choice", "XXL")]
    assert [t.values["name"] for t in plan.targets] == ["王芳"]  # the refused row is not written
    size = next(f for f in fields.fields(community_id) if f.name == "T恤尺码")
    fields.change_kind(size.id, "choice", size.choices_text + "; XXL")  # the organiser adds the size
    result = apply_import(services.db, _plan_with_custom(services, community_id, again))
    assert (result.created, result.updated) == (0, 2)
    (zhang,), (wang,) = (
        services.members.resolve(community_id, "张伟"),
        services.members.resolve(community_id, "王芳"),
    )
    assert dict(fields.shown(community_id, zhang)) == {"T恤尺码": "XXL", "Dietary needs": "素食",
                                                       "会员到期": "2025-03-31", "身高": "178"}  # blank keeps  # fmt: skip
    assert dict(fields.shown(community_id, wang)) == {"T恤尺码": "M", "Dietary needs": "素食", "身高": "158"}


def test_apply_adds_a_hand_planned_value_to_the_choices(services, community_id, fields, members, tmp_path):
    """A plan filled by hand (or by an older plan side) never fails in apply: the choice list grows."""
    size = fields.add_field(community_id, "T恤尺码", "choice", "S; M; L")
    plan = plan_import(
        services.db, community_id, write_csv(tmp_path / "m.csv", "姓名,手机\n张伟,13812345678\n")
    )
    plan.targets[0].custom = {"T恤尺码": "XXL"}
    assert apply_import(services.db, plan).updated == 1
    assert fields.field(size).choices == ("S", "M", "L", "XXL")
    assert fields.values(members["张伟"]) == {size: "XXL"}


def test_a_bad_value_in_an_existing_field_is_rejected_by_line(services, community_id, fields, tmp_path):
    fields.add_field(community_id, "身高", "number")
    path = write_csv(tmp_path / "m.csv", "姓名,身高\n张伟,178\n李娜,about 160\n")
    plan = plan_import(services.db, community_id, path)
    assert [(r.line, r.code, r.field, r.value) for r in plan.rejected] == [(3, "bad_number", "身高", "about 160")]
    assert [t.custom for t in plan.targets] == [{"身高": "178"}]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_carries_custom_fields_and_reimport_restores_them(
    services, community_id, fields, tmp_path, suffix
):
    from desktop.services.communities import Communities
    from desktop.services.core.database import Database

    apply_import(services.db, _plan_with_custom(services, community_id, write_csv(tmp_path / "a.csv", CSV)))
    out = tmp_path / f"members{suffix}"
    export_members(services.db, community_id, out)
    headers = export_headers(services.db, community_id)
    assert headers[-4:] == ["T恤尺码", "Dietary needs", "会员到期", "身高"]
    assert read_table(out).headers == headers
    dst = Database(tmp_path / "dst.beehive")
    try:
        did = Communities(dst).ensure("").id
        plan = plan_import(dst, did, out)
        assert plan.rejected == []
        assert apply_import(dst, plan).created == 6
        assert member_table(dst, did) == member_table(services.db, community_id)
        assert export_headers(dst, did) == headers
    finally:
        dst.close()
