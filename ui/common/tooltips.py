"""Shortcuts shown in tooltips: "New unit (Ctrl+Shift+U)", from the shortcut the action or button really
has, so a tooltip never names a key that does nothing. Menus show their shortcuts by themselves; this is
for toolbar actions and buttons.

    tip_with_shortcut(action)            # an action's or a button's own shortcut
    tip_with_shortcut(button, "Ctrl+K")  # a button whose key is a separate QShortcut
    tips_under(view)                     # every button under a view with a shortcut of its own, or whose
                                         # tooltip is only the keys of a QShortcut (the Events buttons)
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(target, keys) -> str:
    if keys is not None:
        sequence = QKeySequence(keys)
    elif isinstance(target, QAction):
        sequence = next((s for s in target.shortcuts() if not s.isEmpty()), QKeySequence())
    else:
        sequence = target.shortcut()
    return sequence.toString(NATIVE)


def tip_with_shortcut(target: QAction | QAbstractButton, keys: str | QKeySequence | None = None) -> bool:
    """Append " (keys)" to the tooltip (the text when it has none, or only the keys); False when there
    is no shortcut or the tooltip already names it. Calling it again changes nothing."""
    text = _keys(target, keys)
    if not text:
        return False
    tip = target.toolTip().strip()
    plain = target.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
    if not tip or tip == text:
        tip = plain
    if text in tip:
        return False
    target.setToolTip(f"{tip} ({text})" if tip else text)
    return True


def tips_under(widget: QWidget) -> int:
    """tip_with_shortcut for every button under `widget` whose shortcut is its own (a tool button's
    default action included), and for a button whose tooltip is only the keys of a separate QShortcut
    (the Events view's buttons); the number of tooltips changed."""
    changed = 0
    buttons = widget.findChildren(QAbstractButton)
    for button in buttons:
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        if action is not None:
            changed += tip_with_shortcut(action)
        elif not button.shortcut().isEmpty():
            changed += tip_with_shortcut(button)
    for shortcut in widget.findChildren(QShortcut):
        keys = shortcut.key().toString(NATIVE)
        for button in (b for b in buttons if keys and b.toolTip().strip() == keys):
            changed += tip_with_shortcut(button, shortcut.key())
    return changed
