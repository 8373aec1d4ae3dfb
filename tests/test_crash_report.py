"""A crash is a failed test, and names it: a segmentation fault or an abort (in Qt or any C extension) ends the
pytest process at once, with no report of its own. tests/conftest.py runs each test in a frame named after its node
id, so the stack pytest's faulthandler prints names the test, whether it crashed in its setup, call or teardown.

Each test here writes a test file that crashes on purpose, runs it in a subprocess ``python -m pytest`` with this
suite's conftest.py and configuration (pyproject.toml), and checks that the run fails and names that test."""
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

CRASHING = '''
import ctypes
import os

import pytest
from PySide6.QtWidgets import QLabel


def test_before():
    assert True


@pytest.mark.parametrize("where", ["first", "second"])
def test_in_qt(qtbot, where):
    label = QLabel("crash")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    if where == "second":
        ctypes.string_at(0)  # reads address 0: SIGSEGV


@pytest.fixture
def aborts_on_teardown():
    yield
    os.abort()


def test_aborting_in_teardown(aborts_on_teardown):
    assert True


def test_after():
    assert True
'''


def run_crashing(tmp_path, test_name):
    """Run the one test ``test_name`` of CRASHING (and those before it) as the suite runs, with its conftest."""
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_crashing.py").write_text(textwrap.dedent(CRASHING), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), "-k", f"test_before or {test_name}", str(tmp_path / "test_crashing.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=300)


def names_the_test(output: str, node_id: str) -> bool:
    return re.search(rf'^  File ".*conftest\.py", line \d+ in {re.escape(node_id)}$', output, re.MULTILINE) is not None


def test_a_segmentation_fault_in_a_qt_test_fails_the_run_and_names_the_test(tmp_path):
    result = run_crashing(tmp_path, "test_in_qt")
    output = result.stdout + result.stderr
    assert result.returncode == -signal.SIGSEGV, output
    assert "Fatal Python error: Segmentation fault" in output
    assert names_the_test(output, "test_crashing.py::test_in_qt[second]"), output
    assert not names_the_test(output, "test_crashing.py::test_in_qt[first]")  # it passed before
    assert not names_the_test(output, "test_crashing.py::test_before")


def test_an_abort_in_a_teardown_fails_the_run_and_names_the_test(tmp_path):
    result = run_crashing(tmp_path, "test_aborting_in_teardown")
    output = result.stdout + result.stderr
    assert result.returncode == -signal.SIGABRT, output
    assert "Fatal Python error: Aborted" in output
    assert names_the_test(output, "test_crashing.py::test_aborting_in_teardown"), output


def test_a_crash_is_reported_even_with_pytests_faulthandler_off(tmp_path):
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_crashing.py").write_text(textwrap.dedent(CRASHING), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:faulthandler",
         "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), "-k", "test_in_qt",
         str(tmp_path / "test_crashing.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == -signal.SIGSEGV, output
    assert names_the_test(output, "test_crashing.py::test_in_qt[second]"), output


def test_tests_that_pass_still_pass_and_report_as_before(tmp_path):
    # The protocol run inside the named frame is pytest's own: results, counts and the summary are unchanged.
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_fine.py").write_text(textwrap.dedent('''
        import warnings
        import pytest

        def test_passes():
            assert True

        def test_fails():
            assert 1 == 2

        @pytest.mark.xfail(strict=True)
        def test_expected_to_fail():
            assert False

        def test_warns():
            warnings.warn("turned into an error by the suite's filterwarnings")
        '''), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(tmp_path / "test_fine.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"2 failed, 1 passed, 1 xfailed in", result.stdout), result.stdout
    for failed in ("test_fails", "test_warns"):
        assert re.search(rf"^FAILED \S*test_fine\.py::{failed}\b", result.stdout, re.MULTILINE), result.stdout
    assert "E       assert 1 == 2" in result.stdout
    assert "UserWarning: turned into an error by the suite's filterwarnings" in result.stdout
