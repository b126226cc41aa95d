"""The views of the community shown, each built when first shown (only one is needed for the first
paint), with the layout it had in the last session: splitter sizes, column widths and sort order."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSplitter, QStackedWidget, QTableView, QTreeView, QWidget

from ui.common.tooltips import tips_under


def _build(window, name: str) -> QWidget:
    services, community_id = window.services, window.community_id
    if name == "members":
        from ui.members.view import MembersView

        return MembersView(services, community_id, window.settings)
    if name == "today":
        from ui.today.view import TodayView

        view = TodayView(services, community_id)
        view.navigate.connect(window.go)
        view.open_event.connect(window.open_event)
        return view
    if name == "structure":
        from ui.structure.view import StructureView

        return StructureView(services, community_id)
    if name == "events":
        from ui.events.view import EventsView

        return EventsView(services, community_id, settings=window.settings)  # its date preset remembered
    if name == "outputs":
        from ui.outputs.view import OutputsView

        return OutputsView(services, community_id)
    from ui.health.view import HealthView

    view = HealthView(services, community_id)
    view.navigate.connect(window.go)
    return view


class CommunityViews:
    def __init__(self, window, stack: QStackedWidget) -> None:
        self.window, self.stack = window, stack
        self.built: dict[str, QWidget] = {}

    def get(self, name: str) -> QWidget | None:
        return self.built.get(name)

    def show(self, name: str) -> QWidget:
        view = self.built.get(name)
        if view is None:
            view = self.built[name] = _build(self.window, name)
            if name != "members":  # it keeps its own layout (its columns change with custom fields)
                restore_layout(view, self.window.settings)
            tips_under(view)  # its buttons' tooltips name their shortcuts
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        return view

    def current_name(self) -> str:
        shown = self.stack.currentWidget()
        return next((n for n, v in self.built.items() if v is shown), "")

    def save_layouts(self) -> None:
        for name, view in self.built.items():
            if name == "members":
                view.save_state()
            else:
                save_layout(view, self.window.settings)

    def drop(self) -> None:
        """Drop every view of the community shown (another community, another workspace)."""
        self.save_layouts()
        for view in self.built.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self.built.clear()


def _parts(view: QWidget):
    """(key, widget) of the splitters and table headers inside a view, named by their order in it."""
    owner = type(view).__name__
    for i, splitter in enumerate(view.findChildren(QSplitter)):
        yield owner, f"splitter{i}", splitter
    for i, table in enumerate(view.findChildren(QTableView) + view.findChildren(QTreeView)):
        header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
        yield owner, f"header{i}", header


def restore_layout(view: QWidget, settings) -> None:
    for owner, key, part in _parts(view):
        if state := settings.state(owner, key):
            part.restoreState(state)


def save_layout(view: QWidget, settings) -> None:
    """Each part's state; an empty table's columns are not kept (they shrink to their headers, and the
    next community would open with them squeezed)."""
    for owner, key, part in _parts(view):
        if isinstance(part, QHeaderView) and part.model() is not None and part.model().rowCount() == 0:
            continue
        settings.save_state(owner, key, part.saveState())
