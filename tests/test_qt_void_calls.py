"""Regression guard: PySide6 6.12.0 on CPython 3.11 drops a reference to None.

With that pair every Qt call that returns nothing (``void`` in C++) loses one
reference to ``None``; after about 5,300 such calls the interpreter aborts
with ``Fatal Python error: none_dealloc``.  Inside the test process that
shows up as "passed" followed by the whole pytest run dying with exit code
134, so the calls are made in a child process whose death this test can see
and report.  CPython 3.12+ (immortal ``None``) and PySide6 < 6.12 on 3.11 are
fine; ``pyproject.toml`` pins the safe combination.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

VOID_CALLS = 20_000

# (PySide6 version, Python major.minor) pairs measured to crash.
KNOWN_BAD = {((6, 12, 0), (3, 11))}

CHILD_CODE = textwrap.dedent(
    f"""
    import sys

    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    w = QWidget()


    def void_calls(n):
        for _ in range(n // 4):
            # four calls that return nothing (C++ void)
            w.setWindowTitle("x")
            w.setEnabled(True)
            w.update()
            w.setToolTip("y")


    # On 3.11 the refcount of None is real, and the bug shows as a drop of one
    # per call long before the abort; check it on a first batch well below
    # the ~5,300 calls that kill the process.  On 3.12+ None is immortal.
    before = sys.getrefcount(None)
    void_calls(1000)
    drop = before - sys.getrefcount(None)
    print(f"none_refcount_drop_after_1000_calls={{drop}}")
    if sys.version_info < (3, 12) and drop > 500:
        print(f"None lost {{drop}} references over 1000 void Qt calls", file=sys.stderr)
        sys.exit(3)
    void_calls({VOID_CALLS} - 1000)
    w.close()
    del w
    print("ok")
    """
)


@pytest.mark.gui
def test_many_void_qt_calls_do_not_kill_the_interpreter() -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD_CODE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    details = (
        f"child exit code {proc.returncode}\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )
    assert proc.returncode == 0, (
        f"{VOID_CALLS} void Qt calls killed or failed the child process "
        f"(PySide6 6.12.0 on CPython 3.11 aborts with 'none_dealloc'):\n{details}"
    )
    assert "ok" in proc.stdout.split(), details


def test_pyside6_python_pair_is_not_known_bad() -> None:
    import PySide6

    pyside = tuple(PySide6.__version_info__[:3])
    python = sys.version_info[:2]
    assert (pyside, python) not in KNOWN_BAD, (
        f"PySide6 {PySide6.__version__} on Python {python[0]}.{python[1]} is known to "
        "crash with 'Fatal Python error: none_dealloc' after ~5,300 void Qt calls; "
        "on Python 3.11 install PySide6-Essentials<6.12 (see pyproject.toml), "
        "or use Python 3.12+"
    )
