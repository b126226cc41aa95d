"""CI fails when a catalog is stale: every tr() source must be in both .ts files, zh_CN translated."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name"), m.findtext("source"))] = m
    return out


def test_catalogs_are_current(tmp_path):
    """Running lupdate over the sources must leave the committed catalogs exactly as they are."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for d in ("desktop", "ui") for p in (ROOT / d).rglob("*.py"))
    copies = []
    for name in ("beehive_en.ts", "beehive_zh_CN.ts"):
        shutil.copy(CATALOGS / name, tmp_path / name)
        copies.append(str(tmp_path / name))
    subprocess.run(
        [str(lupdate), *sources, "-ts", *copies, "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    for name in ("beehive_en.ts", "beehive_zh_CN.ts"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (CATALOGS / name).read_text(
            encoding="utf-8"
        ), f"{name} is stale: run `make i18n` and translate the new strings"


def test_chinese_catalog_is_fully_translated():
    untranslated = [
        k
        for k, m in _messages(CATALOGS / "beehive_zh_CN.ts").items()
        if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_english_plurals_are_written():
    for key, m in _messages(CATALOGS / "beehive_en.ts").items():
        if m.get("numerus") == "yes":
            forms = [f.text for f in m.find("translation").iter("numerusform")]
            assert len(forms) == 2 and all(forms), key


def test_lrelease_is_available():
    assert shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
