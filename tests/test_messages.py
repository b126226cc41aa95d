"""Every refusal code raised in the code has a translated message (else users see the bare code)."""

import re
from pathlib import Path

from desktop.messages import TEXTS

ROOT = Path(__file__).resolve().parents[1]
RAISED = re.compile(r'(?:ValidationError|ConflictError|WorkspaceError|DomainError)\(\s*"([a-z_]+)"')


def test_every_raised_code_has_a_message():
    codes = set()
    for folder in ("models", "desktop", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    assert codes, "the pattern found no codes"
    assert sorted(codes - set(TEXTS)) == []
