"""Members' consent (contact, photos, directory) with date and source: each write one undo step."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.members.consent import Consent
from models.errors import ValidationError
from tests.helpers import snapshot


@pytest.fixture
def member(services, community_id):
    return services.member_writes.create(community_id, MemberDraft(name="张三"))


def test_a_consent_is_recorded_with_its_date_and_source_and_undone_whole(services, member, steps):
    services.consents.set(member, "photos", False, "2026年11月3日", "  asked   at the door ")
    assert services.consents.of(member) == {
        "photos": Consent("photos", False, "2026-11-03", "asked at the door")
    }
    assert len(steps) == 1
    services.consents.set(member, "photos", True, "2026-11-04", "email")
    assert services.consents.of(member)["photos"].granted is True and len(steps) == 2
    services.undo_step(steps[1])
    assert services.consents.of(member)["photos"] == Consent(
        "photos", False, "2026-11-03", "asked at the door"
    )
    services.undo_step(steps[0])
    assert services.consents.of(member) == {}


def test_several_kinds_in_one_step_and_clearing(services, member, steps):
    services.consents.set_many(
        member, {"contact": (True, "", "form"), "directory": (False, "2026-01-02", "")}
    )
    assert set(services.consents.of(member)) == {"contact", "directory"} and len(steps) == 1
    services.consents.set_many(member, {"contact": None, "photos": (False, "", "")})
    assert set(services.consents.of(member)) == {"directory", "photos"} and len(steps) == 2
    services.consents.clear(member)
    assert services.consents.of(member) == {} and len(steps) == 3
    services.consents.clear(member)  # nothing to clear: no empty undo step
    assert len(steps) == 3


@pytest.mark.parametrize(("kind", "given_on", "source", "code"), [
    ("marketing", "", "", "bad_consent_kind"),
    ("photos", "yesterday-ish", "", "bad_date"),
    ("photos", "", "x" * 201, "consent_source_too_long"),
])  # fmt: skip
def test_bad_consent_is_refused_and_nothing_written(services, member, kind, given_on, source, code):
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        services.consents.set(member, kind, False, given_on, source)
    assert e.value.code == code and snapshot(services.path) == before


def test_refused_and_counts(services, community_id, member):
    other = services.member_writes.create(community_id, MemberDraft(name="李四"))
    services.consents.set(member, "photos", False)
    services.consents.set(other, "photos", True)
    services.consents.set(other, "directory", False)
    assert services.consents.refused([member, other], "photos") == {member}
    assert services.consents.refused([member, other], "directory") == {other}
    assert services.consents.counts(community_id) == {("photos", False): 1, ("photos", True): 1,
                                                      ("directory", False): 1}  # fmt: skip


def test_the_editor_save_writes_member_values_and_consents_as_one_step(services, community_id, steps):
    fid = services.custom_fields.add_field(community_id, "T恤尺码", "choice", "S; M")
    steps.clear()
    mid = services.consents.save_member(services.member_writes, services.custom_fields, community_id, None,
                                        MemberDraft(name="王五"), {fid: "M"},
                                        {"photos": (False, "2026-11-05", "sign-up form")})  # fmt: skip
    assert len(steps) == 1 and services.custom_fields.values(mid) == {fid: "M"}
    assert services.consents.of(mid)["photos"].source == "sign-up form"
    services.undo_step(steps[0])
    assert services.members.get(mid) is None and services.consents.of(mid) == {}


def test_a_refused_consent_in_the_editor_writes_nothing(services, community_id):
    before = snapshot(services.path)
    with pytest.raises(ValidationError):
        services.consents.save_member(services.member_writes, services.custom_fields, community_id, None,
                                      MemberDraft(name="王五"), {}, {"photos": (False, "31/31/2026", "")})  # fmt: skip
    assert snapshot(services.path) == before


def test_the_kinds_are_the_schemas():
    from desktop.services.members.consent import CONSENT_KINDS
    from models.privacy_schema import CONSENT_KINDS as SCHEMA_KINDS

    assert CONSENT_KINDS == SCHEMA_KINDS


@pytest.mark.parametrize(("text", "names"), [
    ("photos = no", {"李四"}),
    ("拍照 = 不同意", {"李四"}),
    ("Photos=yes", {"张三"}),
    ("photos =", {"王五"}),  # never asked
    ("directory = no", set()),
    ("li photos = no", {"李四"}),  # words before it still filter
    ("zhang photos = no", set()),
])  # fmt: skip
def test_the_members_filter_finds_consent(services, community_id, member, text, names):
    li = services.member_writes.create(community_id, MemberDraft(name="李四"))
    services.member_writes.create(community_id, MemberDraft(name="王五"))
    services.consents.set(member, "photos", True)
    services.consents.set(li, "photos", False)
    found = {services.members.get(i).name for i in services.members.ordered_ids(community_id, text)}
    assert found == names


def test_deleting_a_member_takes_their_consents_and_undo_brings_them_back(services, member, steps):
    services.consents.set(member, "photos", False, "2026-11-03", "form")
    services.member_writes.delete([member])
    assert services.members.get(member) is None and services.consents.of(member) == {}
    services.undo_step(steps[-1])
    assert services.consents.of(member)["photos"].source == "form"
