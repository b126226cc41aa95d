"""The window reopens on the view it was closed on (its geometry, the members columns and splitter
were already kept); --view and --screenshot still choose."""

from __future__ import annotations

from types import SimpleNamespace

from desktop.app import initial_view
from desktop.settings import Settings


def test_closing_on_a_view_reopens_on_it(window):
    window.nav.setCurrentRow(2)
    window.close()
    prefs = Settings()
    assert prefs.get("last_view") == "events"
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs) == "events"
    assert initial_view(SimpleNamespace(view="health", screenshot=None), prefs) == "health"
    assert initial_view(SimpleNamespace(view=None, screenshot="x.png"), prefs) == "members"
    prefs.set("last_view", "gone")  # a view a later version dropped
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs) == "members"
