"""Units of work, queries returning plain data, the undo journal, import/export. QtCore at most."""
