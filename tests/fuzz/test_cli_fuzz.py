"""The command line end to end (app.main, as `python -m organiser` runs it) given hostile argument lists and
hostile files: `import`, `import-library`, `export package|library|declaration`, `order` and `events`. Whatever
it is given, it exits 0, 1 or 2 (never 70, an unexpected error), a refusal (1) is one line on stderr naming
the problem, nothing ever prints a traceback, and a refused import leaves the workspace as it was."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organiser.app import main

from strategies import hostile_text
from test_import_fuzz import mutated_samples
from test_library_fuzz import LIBRARY, mutated_libraries

# A few examples of the heavier commands (a Word document is built): a tenth of the profile's.
FEWER = max(10, settings().max_examples // 10)

EVENTS = st.one_of(st.sampled_from(["1", "2", "0", "-1", "007", "3", "9" * 30, "2024-07-25", "2023-08-08",
                                    "2024-02-30", "1e3", "١", "", " 1", "2024-07-25T00:00"]), hostile_text)
LANGUAGES = st.one_of(st.sampled_from(["en", "az", "kk", "xx", "hy", "", "EN", "en,az", "../en"]), hostile_text)
KEYS = st.one_of(st.sampled_from(["operative-next-meeting", "nothing", ",", "", "a,b,a"]), hostile_text)
# Where an output goes, inside the example's own folder: a new file, an existing one, a folder, a missing
# folder, a name too long for the system, a hostile name.
OUTS = st.one_of(st.sampled_from(["out.json", "existing.json", ".", "missing/out.json", "x" * 300 + ".json",
                                  "folder", "out.docx"]), hostile_text)
FILES = st.one_of(st.sampled_from(["package", "library", "fifo", "/dev/zero", "folder", "missing.json",
                                   "x" * 300, "empty", "package-as-library", "library-as-package"]),
                  st.tuples(st.just("bytes"), st.binary(max_size=300)),
                  st.tuples(st.just("mutated package"), mutated_samples()),
                  st.tuples(st.just("mutated library"), mutated_libraries()),
                  st.tuples(st.just("name"), hostile_text))


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    """A workspace file holding the sample council, and an exchange file of its meeting, made by the CLI."""
    folder = tmp_path_factory.mktemp("cli-fuzz")
    workspace = folder / "sample.sqlite"
    package = folder / "meeting.json"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--workspace", str(workspace), "sample"]) == 0
        assert main(["--workspace", str(workspace), "export", "package", "1", "--out", str(package)]) == 0
    return workspace, package


def _name(folder: Path, text: str) -> str:
    return str(folder / text) if "\x00" not in text else text  # a NUL cannot be in a path: given as is


def _file(folder: Path, package: Path, choice) -> str:
    """The FILE argument for one example, made in ``folder``."""
    if isinstance(choice, tuple):
        kind, value = choice
        if kind == "bytes":
            (folder / "bytes.json").write_bytes(value)
            return str(folder / "bytes.json")
        if kind == "name":
            return _name(folder, value)
        path = folder / "mutated.json"
        path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
        return str(path)
    if choice in ("package", "library-as-package"):
        return str(package)
    if choice in ("library", "package-as-library"):
        path = folder / "library.json"
        path.write_text(json.dumps(LIBRARY, ensure_ascii=False), encoding="utf-8")
        return str(path)
    if choice == "fifo":
        os.mkfifo(folder / "fifo.json")
        return str(folder / "fifo.json")
    if choice == "folder":
        return str(folder)
    if choice == "empty":
        (folder / "empty.json").write_bytes(b"")
        return str(folder / "empty.json")
    if choice.startswith("/"):
        return choice
    return str(folder / choice)


@st.composite
def command_lines(draw, heavy: bool = False):
    """(the argument list after --workspace W, the FILE choice or None); OUT and FILE are made later."""
    if heavy:
        kind = draw(st.sampled_from(["declaration", "participants", "programme"]))
        args = ["export", kind, draw(EVENTS), "--out", ("out", draw(OUTS))]
        if draw(st.booleans()):
            args += ["--language", draw(LANGUAGES)]
        return args
    command = draw(st.sampled_from(["events", "order", "export package", "export library", "import",
                                    "import-library", "junk"]))
    if command == "events":
        args = ["events"]
    elif command == "order":
        args = ["order", draw(EVENTS)] + (["--language", draw(LANGUAGES)] if draw(st.booleans()) else [])
    elif command == "export package":
        args = ["export", "package", draw(EVENTS), "--out", ("out", draw(OUTS))]
    elif command == "export library":
        args = ["export", "library", "--out", ("out", draw(OUTS))]
    elif command == "import":
        args = ["import", ("file", draw(FILES))]
    elif command == "import-library":
        args = ["import-library", ("file", draw(FILES))]
        for option in draw(st.lists(st.sampled_from(["--take-theirs", "--keep-both", "--take-all-theirs"]),
                                    max_size=2)):
            args += [option] if option == "--take-all-theirs" else [option, draw(KEYS)]
    else:  # a command followed by any words at all, options among them (never no command: that opens the window)
        args = [draw(st.sampled_from(["events", "order", "export", "import", "import-library", "sample"]))]
        args += draw(st.lists(st.one_of(hostile_text, st.sampled_from(
            ["events", "order", "export", "import", "import-library", "package", "library", "--out", "--force",
             "--language", "--help", "--version", "-h", "--", "-"])), max_size=6))
    if draw(st.booleans()) and command.startswith("export"):
        args.append("--force")
    return args


def _rows(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"select count(*) from {table}").fetchone()[0]
                     for table in ("events", "delegations", "persons", "clauses", "declarations"))
    finally:
        conn.close()


def _run(sample_file, args) -> None:
    workspace_source, package = sample_file
    folder = Path(tempfile.mkdtemp(prefix="example-", dir=workspace_source.parent))
    try:
        workspace = folder / "w.sqlite"
        shutil.copyfile(workspace_source, workspace)
        (folder / "existing.json").write_text("an earlier file")
        (folder / "folder").mkdir()
        argv = ["--workspace", str(workspace)]
        for arg in args:
            if isinstance(arg, tuple):
                arg = _name(folder, arg[1]) if arg[0] == "out" else _file(folder, package, arg[1])
            argv.append(arg)
        before = _rows(workspace)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse: 2 for a usage error, 0 for --help and --version
                code = exit_.code
        message = err.getvalue()
        assert code in (0, 1, 2), (argv, code, message)
        assert "Traceback" not in message and "Traceback" not in out.getvalue(), (argv, message)
        if code == 1:
            lines = message.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("organiser: ") and len(lines[0]) > len("organiser: "), (
                argv, message)
            if args and args[0] in ("import", "import-library"):
                assert _rows(workspace) == before, ("a refused import changed the workspace", argv, message)
        elif code == 2:
            usage, *_, last = message.strip().split("\n")  # argparse: the usage, then "organiser [COMMAND]: error: …"
            assert usage.startswith("usage: organiser") and last.startswith("organiser") and ": error: " in last, (
                argv, message)
            assert not any(ord(c) < 32 and c != "\n" for c in message), ("a raw control character printed", argv)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@given(command_lines())
def test_any_command_line_exits_0_1_or_2_with_one_line_and_no_traceback(sample_file, args):
    _run(sample_file, args)


@settings(max_examples=FEWER)
@given(command_lines(heavy=True))
def test_document_exports_given_hostile_arguments(sample_file, args):
    _run(sample_file, args)
