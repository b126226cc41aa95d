"""Guards the PySide6 pin: 6.12.0 decrefs the emitted value once too often, so after a few thousand
change sets the interpreter aborts ("bool_dealloc" / "none_dealloc")."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal
class Hub(QObject):
    changed = Signal(object)
hub = Hub()
hub.changed.connect(lambda value: None)
for i in range(20000):
    hub.changed.emit({"flag": True, "none": None, "i": i})
print("ok")
"""


def test_many_object_signals_do_not_corrupt_the_interpreter():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
