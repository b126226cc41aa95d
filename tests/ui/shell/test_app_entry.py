"""The real entry points: --screenshot renders the window (English and Chinese), --self-test passes."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage

from desktop.cli.main import main
from tests.helpers import make_future_workspace


def _distinct_colours(path) -> int:
    img = QImage(str(path))
    step = max(1, img.width() // 64)
    return len({img.pixel(x, y) for x in range(0, img.width(), step) for y in range(0, img.height(), step)})


def test_screenshot_of_the_demo_in_chinese(tmp_path, qapp):
    png = tmp_path / "shot.png"
    assert main(["--demo", "--lang", "zh_CN", "--screenshot", str(png)]) == 0
    img = QImage(str(png))
    assert (img.width(), img.height()) == (1280, 800) and _distinct_colours(png) > 10
    from desktop import i18n

    i18n.install(qapp, "en")


def test_screenshot_of_a_newer_workspace_is_refused(tmp_path, capsys):
    db = make_future_workspace(tmp_path / "future.beehive")
    assert main(["--db", str(db), "--screenshot", str(tmp_path / "x.png")]) == 1
    assert "newer version" in capsys.readouterr().err


def test_self_test_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--self-test"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert "self-test: ok" in done.stdout
