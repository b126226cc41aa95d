"""Parent links without cycles: used for the invitation chain and the unit tree."""

from __future__ import annotations

from collections.abc import Callable, Hashable


def would_cycle(
    node: Hashable, new_parent: Hashable | None, parent_of: Callable[[Hashable], Hashable | None]
) -> bool:
    """True if making `new_parent` the parent of `node` puts `node` among its own ancestors."""
    seen: set = set()
    current = new_parent
    while current is not None and current not in seen:
        if current == node:
            return True
        seen.add(current)
        current = parent_of(current)
    return False
