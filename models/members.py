"""Pure rules about members: the search haystack and the invitation chain."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from models.errors import ConflictError
from models.pinyin import name_keys
from models.trees import would_cycle

SEP = " \x1f "


def search_text(name: str, identities: Iterable[str], tags: str) -> str:
    """Lower-cased haystack: name, full pinyin, initials, every identity value and the tags."""
    _, full, initials = name_keys(name)
    parts = [name.lower(), full, initials]
    for value in identities:
        parts.append(value.lower())
        if value.startswith("+86"):
            parts.append(value[3:])  # people type local numbers
    parts.append(tags.lower())
    return SEP.join(p for p in parts if p)


def check_inviter(
    member_id: int | None, inviter_id: int | None, inviter_of: Callable[[int], int | None]
) -> None:
    """Refuse an inviter that is the member themself or one of the people they (indirectly) invited."""
    if inviter_id is not None and member_id is not None and would_cycle(member_id, inviter_id, inviter_of):
        raise ConflictError("inviter_cycle", "inviter", str(inviter_id))
