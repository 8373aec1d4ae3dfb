"""Composition root: opens the workspace and hands over to the command line or to the window."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from organiser.domain.errors import OrganiserError

log = logging.getLogger("organiser")

EXIT_USER_ERROR = 1
EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE of sysexits.h


class PrivateFileHandler(logging.FileHandler):
    """The error log, created readable by its owner only (0600: it names officials and paths), never
    through a symbolic link planted in its place."""

    def _open(self):
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(self.baseFilename, flags, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # a log an older version made readable to others is closed off too
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record) -> None:
        try:  # FileHandler opens a delayed file outside its guard: a refused open would escape as an error
            super().emit(record)
        except OSError:
            self.handleError(record)


def _setup_logging() -> Path | None:
    """Send the log to the user's organiser.log; where it cannot be written, nowhere. Either way nothing
    reaches the terminal but the one-line messages main() prints: no traceback of a failed log either."""
    from organiser import userdata

    logging.raiseExceptions = False  # a log that cannot be written is not worth a traceback on stderr
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())  # else logging's last resort prints records to stderr
    try:
        path = userdata.log_file()
    except OSError:
        return None
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        # delay=True: the file is opened at the first record, so a run without errors leaves no handle open.
        handler = PrivateFileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def open_startup_workspace(path: Path | None):
    """The workspace to work in: ``path``, or the user's default one, which is filled with the
    sample council the first time it is created so that a first start shows something real."""
    from organiser import userdata
    from organiser.storage.db import open_workspace

    if path is not None:
        return open_workspace(path)
    default = userdata.default_workspace()
    is_new = not default.exists()
    workspace = open_workspace(default)
    if is_new:
        from organiser.services.exchange import add_sample

        add_sample(workspace)
    return workspace


def main(argv: list[str] | None = None) -> int:
    from organiser import cli

    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = cli.build_parser().parse_args(argv)
    log_path = _setup_logging()
    try:
        cli.read_input(args)  # before the workspace and its lock: a refused file never holds them
        workspace = open_startup_workspace(args.workspace)
        if workspace.read_only and args.command is not None:  # reading goes on; a change fails, saying why
            print(f"organiser: note: {workspace.notice}", file=sys.stderr)
        if args.command is None:
            from organiser.ui.application import run_window

            return run_window(workspace)
        with workspace:
            return cli.run(args, workspace)
    except OrganiserError as error:
        from organiser.domain.validation import displayable  # a value quoted in it cannot drive the terminal
        from organiser.services.workspaces import RefusedWorkspaceError

        print(f"organiser: {displayable(str(error))}", file=sys.stderr)
        if args.command is None and isinstance(error, RefusedWorkspaceError):  # the window offers its backups
            from organiser.ui.application import run_refused

            return run_refused(error)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error")
        where = f" (details in {log_path})" if log_path and log_path.is_file() else ""
        print(f"organiser: an unexpected error stopped the command{where}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
