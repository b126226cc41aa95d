"""List-valued fields (interests, specialties, tags) kept as "a; b; c" text."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"[;；,，、|┋]|:::")  # ┋ separates 问卷星 choices, ::: Google Contacts values


def split_list(text: str | None) -> list[str]:
    """Split on ; ， 、 | (ASCII and full-width), ┋ and :::, trim, drop blanks and repeats, keep order."""
    if not text:
        return []
    out: list[str] = []
    seen: set[str] = set()
    for part in _SPLIT.split(text):
        part = part.strip()
        key = part.casefold()
        if part and key not in seen:
            seen.add(key)
            out.append(part)
    return out


def join_list(items: list[str]) -> str:
    return "; ".join(items)


def normalise_list(text: str | None) -> str:
    if text and not _SPLIT.search(text) and text == text.strip():
        return text  # a single item: nothing to split or de-duplicate
    return join_list(split_list(text))


def merge_lists(old: str, new: str) -> str:
    """Union keeping the old order first: an import adds tags, never drops them."""
    return join_list(split_list(f"{old};{new}"))


def add_items(text: str, items: list[str]) -> str:
    return merge_lists(text, join_list(items))


def remove_items(text: str, items: list[str]) -> str:
    drop = {i.casefold() for i in items}
    return join_list([i for i in split_list(text) if i.casefold() not in drop])
