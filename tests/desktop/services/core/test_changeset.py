"""What a change set means, from plain journal records (no Qt, no database)."""

from desktop.services.core.changeset import Change, ChangeSet


def member(key, **values):
    return {"id": key, "name": "张三", "sort_key": "zhangsan", "search_text": "zhangsan", **values}


def phone_edit() -> ChangeSet:
    return ChangeSet((Change("member", 1, member(1), member(1, search_text="zhangsan 139")),
                      Change("member_identity", 7, {"member_id": 1, "value": "138"}, {"member_id": 1, "value": "139"})))  # fmt: skip


def test_a_phone_edit_touches_one_member_and_nothing_drawn_elsewhere():
    c = phone_edit()
    assert c.members_touched == {1} and c.member_rows == {1}
    assert not (c.members_added_or_removed or c.structure_changed or c.events_list_changed or c.outputs_changed)
    assert c.event_ids == frozenset() and c.health_inputs_changed


def test_a_rename_is_structure_and_outputs_but_not_the_events_list():
    c = ChangeSet((Change("member", 1, member(1), member(1, name="张叁", sort_key="zhangsan2")),))
    assert c.structure_changed and c.outputs_changed and not c.events_list_changed
    assert c.member_fields_changed({"name"}) and not c.member_fields_changed({"search_text"})


def test_linked_rows_name_their_members_and_events():
    c = ChangeSet((Change("connection", 3, None, {"a_id": 4, "b_id": 5}),
                   Change("attendance", 9, {"event_id": 2, "member_id": 6}, {"event_id": 2, "member_id": 6, "rsvp": "going"}),
                   Change("attendance", 10, None, {"event_id": 8, "member_id": 6})))  # fmt: skip
    assert c.members_touched == {4, 5, 6} and c.member_rows == frozenset()
    assert c.event_ids == {2, 8} and [x.key for x in c.attendance_of(2)] == [9]
    assert not c.structure_changed and not c.events_list_changed


def test_units_and_a_reset():
    assert ChangeSet((Change("unit", 1, None, {"name": "读书会"}),)).structure_changed
    assert ChangeSet((Change("member", 2, None, member(2)),)).members_added_or_removed
    reset = ChangeSet(reset=True)
    assert reset.structure_changed and reset.events_list_changed and reset.outputs_changed
    assert reset.members_added_or_removed and reset.communities_changed
