"""A pasted WeChat 接龙 matched to the community: each entry's member by phone, name, WeChat nickname
or pinyin (zhangsan, Zhang San), trying each part of a 北京-张三-设计 style group name; nothing written.

RsvpWrites.record_chain then writes the organiser's decisions as one undo step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services.core.database import Database
from desktop.services.members.queries import MemberQueries
from models.pinyin import name_keys
from models.signup_chain import ChainEntry, parse_chain

_PARTS = re.compile(r"[-_－—|/·•]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class ChainRow:
    entry: ChainEntry
    matches: tuple[tuple[int, str], ...]  # (member id, name) the entry may mean; one when it is clear
    how: str  # phone | name | nickname | pinyin | "" (no member)
    current: str  # that member's RSVP to the event now, "" if not on its list


@dataclass(frozen=True)
class ChainPreview:
    title: str
    rows: tuple[ChainRow, ...]


def _key(text: str) -> str:
    return "".join(text.casefold().split())


class _Index:
    def __init__(self, db: Database, community_id: int) -> None:
        self.names: dict[str, set[int]] = {}
        self.nicknames: dict[str, set[int]] = {}
        self.pinyin: dict[str, set[int]] = {}
        self.name_of: dict[int, str] = {}
        for mid, name in db.query("SELECT id, name FROM member WHERE community_id = ?", (community_id,)):
            self.name_of[mid] = name
            self.names.setdefault(_key(name), set()).add(mid)
            if _HAN.search(name):
                self.pinyin.setdefault(name_keys(name)[1], set()).add(mid)
        for mid, nick in db.query(
            "SELECT i.member_id, i.value FROM member_identity i JOIN member m ON m.id = i.member_id"
            " WHERE m.community_id = ? AND i.kind IN ('wechat_nickname', 'wechat_id')",
            (community_id,),
        ):
            self.nicknames.setdefault(_key(nick), set()).add(mid)

    def find(self, name: str) -> tuple[set[int], str]:
        candidates = [name, *(p for p in _PARTS.split(name) if p and p != name)]
        for table, how in ((self.names, "name"), (self.nicknames, "nickname")):
            for text in candidates:
                if found := table.get(_key(text)):
                    return found, how
        for text in candidates:
            if not _HAN.search(text) and (latin := re.sub(r"[^a-z]", "", text.casefold())):
                if found := self.pinyin.get(latin):
                    return found, "pinyin"
        return set(), ""


def preview_chain(db: Database, community_id: int, event_id: int, text: str) -> ChainPreview:
    chain = parse_chain(text)
    index = _Index(db, community_id)
    members = MemberQueries(db)
    current = dict(db.query("SELECT member_id, rsvp FROM attendance WHERE event_id = ?", (event_id,)))
    rows = []
    for entry in chain.entries:
        found, how = (set(members.resolve(community_id, entry.phone)), "phone") if entry.phone else (set(), "")
        if not found:
            found, how = index.find(entry.name)
        matches = tuple(sorted((m, index.name_of.get(m, "")) for m in found))
        rows.append(ChainRow(entry, matches, how, current.get(matches[0][0], "") if len(matches) == 1 else ""))
    return ChainPreview(chain.title, tuple(rows))


@dataclass(frozen=True)
class ChainAnswer:
    """One entry as the organiser decided it: a member (member_id), or a new one named `name`
    (tagged guest when `as_guest`, as a walk-in is)."""

    member_id: int | None
    status: str  # going | declined | maybe
    guests: int = 0
    name: str = ""
    phone: str = ""
    as_guest: bool = False
