"""What an RSVP or attendance cell says, in the words the platforms and hand-typed sign-in sheets use.

One table for both columns: Meetup (Yes, No, Waitlist), Eventbrite (Attending, Checked In, Not
Attending, Refunded), Luma (approved, pending_approval, waitlist, declined, invited), and Chinese sheets
(已报名, 请假, √, ×, 缺席, 迟到). Each word gives the RSVP it implies and whether the person came
(None: the cell does not say).
"""

from __future__ import annotations

GOING, INVITED, MAYBE, DECLINED, WAITLISTED = "going", "invited", "maybe", "declined", "waitlisted"

WORDS: dict[str, tuple[str | None, bool | None]] = {
    # RSVPs
    "invited": (INVITED, None), "已邀请": (INVITED, None), "邀请": (INVITED, None),
    "going": (GOING, None), "yes": (GOING, None), "参加": (GOING, None), "报名": (GOING, None),
    "已报名": (GOING, None), "attending": (GOING, None), "approved": (GOING, None), "registered": (GOING, None),
    "maybe": (MAYBE, None), "可能": (MAYBE, None), "待定": (MAYBE, None),
    "pending_approval": (INVITED, None), "pending": (INVITED, None), "待审核": (INVITED, None),
    "declined": (DECLINED, None), "no": (DECLINED, None), "不参加": (DECLINED, None), "拒绝": (DECLINED, None),
    "not attending": (DECLINED, None), "refunded": (DECLINED, None), "cancelled": (DECLINED, None),
    "canceled": (DECLINED, None), "请假": (DECLINED, False), "已请假": (DECLINED, False),
    "waitlisted": (WAITLISTED, None), "waitlist": (WAITLISTED, None), "waiting list": (WAITLISTED, None),
    "候补": (WAITLISTED, None),
    # attendance
    "checked in": (GOING, True), "checked_in": (GOING, True), "attended": (GOING, True), "已签到": (GOING, True),
    "签到": (GOING, True), "到场": (GOING, True), "已到": (GOING, True), "出席": (GOING, True), "迟到": (GOING, True),
    "√": (None, True), "✓": (None, True), "✔": (None, True), "y": (None, True), "1": (None, True),
    "true": (None, True), "是": (None, True),
    "×": (None, False), "✗": (None, False), "x": (None, False), "n": (None, False), "0": (None, False),
    "false": (None, False), "否": (None, False), "未到": (None, False), "缺席": (GOING, False),
    "no show": (GOING, False), "no-show": (GOING, False), "absent": (GOING, False),
}  # fmt: skip


def read_word(text: str, own: dict | None = None) -> tuple[str | None, bool | None] | None:
    """(rsvp, came) for a cell, (None, None) for a blank one, None for a word in neither the community's
    own words (`own`, models.events.own_words) nor the table."""
    key = " ".join(text.replace("\u3000", " ").split()).casefold()
    if not key:
        return None, None
    return (own or {}).get(key) or WORDS.get(key)
