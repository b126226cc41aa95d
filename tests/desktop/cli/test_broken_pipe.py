"""`beehive report … | head`: the reader leaving early ends the command quietly, never a traceback."""

from __future__ import annotations

import subprocess
import sys


def test_a_closed_pipe_is_no_traceback(tmp_path):
    db = tmp_path / "w.beehive"
    files = {"members": "姓名\n" + "".join(f"成员{i}\n" for i in range(3000)),
             "events": "title,start\n读书会,2026-12-05 19:00\n",
             "attendance": "event,member,rsvp\n" + "".join(f"读书会,成员{i},going\n" for i in range(3000))}  # fmt: skip
    for kind, text in files.items():  # a report of 3,000 rows: more than a pipe holds
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "import", kind, str(path)],
                              capture_output=True)  # fmt: skip
        assert done.returncode == 0, done.stderr
    p = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "report", "attendance", "--json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait() in (0, 1) and b"Traceback" not in err, err.decode()
