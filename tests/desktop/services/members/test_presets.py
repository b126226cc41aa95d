"""Each tool's export as downloaded (tests/fixtures/presets): recognised, read into the right fields,
its bookkeeping columns ignored, its extra questions kept as custom fields, then imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import

PRESETS = Path(__file__).parents[3] / "fixtures" / "presets"

# file → (preset, {name: identities that must be there}, custom fields kept)
CASES = {
    "meetup_members.csv": ("meetup_members", {"Amy Chen": set(), "Oliver Smith": set()}, {"Member ID"}),
    "meetup_attendees.csv": ("meetup_attendees", {"Priya Patel": set(), "Lucas Martin": set()}, {"User ID"}),
    "eventbrite_uk.csv": ("eventbrite", {"Zoë Brontë": {("phone", "+447911123456"), ("email", "zoe@example.co.uk")},
                                         "Tom O'Neill": {("phone", "+447700900123")}}, {"Dietary requirements"}),
    "eventbrite_us_checkin.csv": ("eventbrite", {"Maria Garcia": {("phone", "+14155550132")},
                                                 "James Johnson": {("phone", "+12125550199")}}, set()),
    "luma_guests.csv": ("luma", {"Wei Zhang": {("phone", "+14155550143")}, "Sofia Rossi": {("email", "sofia@example.it")}},
                        {"api_id", "What's your LinkedIn"}),
    "google_forms.csv": ("google_forms", {"李娜": {("phone", "+8613912345678"), ("email", "lina@example.cn")},
                                          "Ben Wu": {("phone", "+6581234567")}}, {"Which topics interest you"}),
    "wjx.csv": ("wjx", {"陈静": {("phone", "+8613800138000"), ("wechat_id", "chenjing_88")},
                        "刘洋": {("phone", "+8613912345678")}}, {"您从哪里知道我们"}),
    "tencent_survey.csv": ("tencent_survey", {"周杰": {("phone", "+8613700001111")}}, set()),
    "jinshuju.csv": ("jinshuju", {"吴磊": {("email", "wulei@example.cn")}}, set()),
    "wechat_contacts.csv": ("wechat_contacts", {"北京-赵丽-设计师": {("wechat_id", "zhao_li")},
                                                "阿强": {("wechat_nickname", "阿强")}}, {"wxid", "个性签名"}),
    "wechat_group.csv": ("wechat_group", {"读书会-孙悦": {("wechat_id", "sunyue1990"), ("wechat_nickname", "Yue")},
                                          "马晓": {("wechat_nickname", "老马")}}, set()),
    "zsxq_members.xlsx": ("zsxq", {"莉莉-产品经理": {("phone", "+8613911112222"), ("wechat_nickname", "Lily")},
                                   "大海": set()}, {"星球编号", "到期时间"}),
    "outlook_contacts.csv": ("outlook", {"François Lefèvre": {("phone", "+33142685300"), ("phone", "+33612345678")},
                                         "José Müller": {("email", "jose.m@example.com")}}, set()),
    "google_contacts.csv": ("google_contacts", {"Hana Kim": {("email", "hana.kim@example.com")},
                                                "张伟": {("phone", "+8613800138000"), ("phone", "+861065529988")}},
                            set()),
    "google_contacts_legacy.csv": ("google_contacts", {"Anna Nowak": {("phone", "+48512345678")}}, set()),
    "meetup_members_de.csv": ("meetup_members", {"Jürgen Weiß": set(), "Chen Mei": set()},
                              {"Mitglieds-ID", "Was möchtest du lernen"}),
    "meetup_attendees_ja.csv": ("meetup_attendees", {"佐藤 花子": set(), "Ken Ito": set()}, {"ユーザーID"}),
}  # fmt: skip


def test_every_fixture_has_a_case():
    assert {p.name for p in PRESETS.iterdir() if p.suffix != ".py" and p.name != "README.md"} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_recognised_read_and_imported_as_downloaded(services, community_id, name):
    preset, people, custom = CASES[name]
    plan = plan_import(services.db, community_id, PRESETS / name)
    assert plan.preset == preset and plan.rejected == []
    by_name = {t.values["name"]: set(t.identities) for t in plan.targets}
    assert set(by_name) == set(people)
    for person, identities in people.items():
        assert identities <= by_name[person], person
    assert {n for n, _kind in plan.custom_columns.values()} == custom
    assert not set(plan.custom_columns) & set(plan.ignored_columns)
    result = apply_import(services.db, plan)
    assert result.created == len(people)


def test_bookkeeping_is_ignored_and_the_right_columns_win(services, community_id):
    plan = plan_import(services.db, community_id, PRESETS / "outlook_contacts.csv")
    assert plan.mapping["Job Title"] == "title" and "Title" in plan.ignored_columns  # Mr./Ms. is no job
    values = {t.values["name"]: t.values for t in plan.targets}
    assert values["François Lefèvre"]["title"] == "Analyste" and values["François Lefèvre"]["city"] == "Paris"
    eventbrite = plan_import(services.db, community_id, PRESETS / "eventbrite_uk.csv")
    assert {"Order #", "Attendee #", "Total Paid"} <= set(eventbrite.ignored_columns)


def test_survey_multi_choice_and_google_labels_become_lists(services, community_id):
    wjx = plan_import(services.db, community_id, PRESETS / "wjx.csv")
    assert {t.values["name"]: t.values["interests"] for t in wjx.targets}["陈静"] == "读书; 徒步; 摄影"
    google = plan_import(services.db, community_id, PRESETS / "google_contacts.csv")
    assert {t.values["name"]: t.values["tags"] for t in google.targets} == {"Hana Kim": "Hiking", "张伟": ""}


def test_expiry_date_is_kept_as_a_date_field(services, community_id):
    plan = plan_import(services.db, community_id, PRESETS / "zsxq_members.xlsx")
    assert plan.custom_columns["到期时间"] == ("到期时间", "date")
    assert {t.values["name"]: t.custom["到期时间"] for t in plan.targets}["大海"] == "2024-06-01"


def test_names_built_from_remark_then_nickname_and_split_on_request(services, community_id):
    plan = plan_import(services.db, community_id, PRESETS / "wechat_contacts.csv")
    assert dict(plan.names_built) == {"remark": 1, "nickname": 1}
    split = plan_import(services.db, community_id, PRESETS / "wechat_contacts.csv", split_remarks=True)
    zhao = next(t.values for t in split.targets if t.values["name"] == "赵丽")
    assert (zhao["city"], zhao["title"]) == ("北京 朝阳", "设计师")  # the file's own 地区 wins over the remark's


def test_a_chosen_preset_overrides_detection(services, community_id, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("序号,提交答卷时间,姓名,手机\n1,2024/3/1 10:00:00,王五,13500001111\n", encoding="utf-8")
    assert plan_import(services.db, community_id, path).preset == "wjx"
    plain = plan_import(services.db, community_id, path, preset="none")
    assert plain.preset == "" and {"序号", "提交答卷时间"} <= set(plain.custom_columns)


def test_a_localised_meetup_export_is_read_by_its_layout(services, community_id):
    """Headers in German: recognised by the profile links, each column by its place in Meetup's order."""
    plan = plan_import(services.db, community_id, PRESETS / "meetup_members_de.csv")
    assert plan.mapping["Ort"] == "city" and plan.mapping["Der Gruppe beigetreten am"] == "joined"
    assert plan.known_as["Ort"] == "Location" and plan.by_layout == 18 and "Was möchtest du lernen?" not in plan.known_as
    assert {"URL des Mitgliedsprofils", "RSVPs gesamt", "Verteiler"} <= set(plan.ignored_columns)
    values = {t.values["name"]: t.values for t in plan.targets}
    assert values["Jürgen Weiß"]["city"] == "München" and values["Chen Mei"]["title"] == "Co-Organisatorin"


def test_profile_links_outside_the_layout_still_say_meetup_but_match_by_meaning(services, community_id, tmp_path):
    moved = tmp_path / "moved.csv"
    moved.write_text("Name,City,Profil\nAmy Chen,Paris,https://www.meetup.com/members/1/\n", encoding="utf-8")
    plan = plan_import(services.db, community_id, moved)
    assert plan.preset == "meetup_members" and plan.mapping == {"Name": "name", "City": "city"}
    assert plan.ignored_columns == ["Profil"] and plan.by_layout == 0
    stray = tmp_path / "stray.csv"  # one link among notes is not a Meetup file
    stray.write_text("Name,Notes\nA,https://www.meetup.com/members/1/\nB,likes tea\n", encoding="utf-8")
    assert plan_import(services.db, community_id, stray).preset == ""
