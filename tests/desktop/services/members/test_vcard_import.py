"""Contacts files as phones and mail programs write them: vCard 2.1 (quoted-printable, soft breaks),
3.0 (Apple's item1. groups, folded photo), 4.0 (tel: URIs); a broken card is a rejected row."""

from __future__ import annotations

from pathlib import Path

from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import

VCARD = Path(__file__).parents[3] / "fixtures" / "vcard"


def _people(plan):
    return {t.values["name"]: t for t in plan.targets}


def test_android_21_quoted_printable_and_soft_breaks(services, community_id):
    plan = plan_import(services.db, community_id, VCARD / "android_21.vcf")
    people = _people(plan)
    assert set(people) == {"陈大文", "Oliver Smith"} and plan.rejected == []
    assert set(people["陈大文"].identities) == {("email", "chen@example.cn"), ("phone", "+8613800138000"),
                                              ("phone", "+861065529988")}  # fmt: skip
    assert people["陈大文"].values["notes"] == "读书会老会员"
    assert dict(people["Oliver Smith"].identities) == {"phone": "+447911123456"}


def test_iphone_30_groups_address_country_and_wechat(services, community_id):
    amy = _people(plan_import(services.db, community_id, VCARD / "iphone_30.vcf"))["Amy Chen"]
    assert set(amy.identities) == {("email", "amy@example.com"), ("phone", "+14155550132"),
                                   ("wechat_id", "amychen_sf")}  # fmt: skip
    assert (amy.values["city"], amy.values["organisation"], amy.values["title"]) == ("San Francisco", "Acme Inc.",
                                                                                      "Designer")  # fmt: skip
    assert amy.values["notes"] == "Met at the, hiking day\nlikes tea"


def test_v4_reads_uris_and_categories_and_a_broken_card_is_rejected_by_line(services, community_id):
    plan = plan_import(services.db, community_id, VCARD / "v4_with_broken.vcf")
    assert [(r.line, r.code) for r in plan.rejected] == [(10, "broken_vcard"), (15, "broken_vcard")]
    lina = _people(plan)["李娜"]
    assert ("qq", "12345678") in lina.identities and lina.values["tags"] == "读书会; 志愿者"
    assert apply_import(services.db, plan).created == 1  # the rest, when the organiser skips the broken ones
