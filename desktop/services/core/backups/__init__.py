"""Verified backups of a workspace file, kept by a rotation in a private folder per workspace.

store.py     where a workspace's backups live and what each one is (a sidecar .json per copy)
take.py      one backup: SQLite's online backup API, then verified before older ones are pruned
rotation.py  which backups to keep (pure: all from the last day, one a day for two weeks, …)
restore.py   a backup written to a new file, or over the workspace after a backup of it
schedule.py  when the window takes them: hourly while edits happen, and on close
"""

from desktop.services.core.backups.restore import restore
from desktop.services.core.backups.store import Backup, folder_for, listing, newest_good
from desktop.services.core.backups.take import take

__all__ = ["Backup", "folder_for", "listing", "newest_good", "restore", "take"]
