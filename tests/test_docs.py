"""Every command and option of the command line is documented in README.md."""
import argparse
import re
from pathlib import Path

from organiser.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def walk(parser: argparse.ArgumentParser, prefix: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield "command", f"{prefix}{name}".strip()
                yield from walk(sub, f"{prefix}{name} ")
        else:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    yield "option", option


def test_every_command_and_option_is_in_the_readme():
    found = list(walk(build_parser()))
    assert ("command", "export declaration") in found
    def documented(kind, name):
        if kind == "command":  # a command is documented where a table row or a code span starts with it
            return f"`{name}" in README
        return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", README) is not None
    missing = [f"{kind} {name}" for kind, name in found if not documented(kind, name)]
    assert missing == []


def test_the_readme_quick_start_is_what_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = "bash tools/setup.sh --test && .venv/bin/python -m pytest"
    assert command in README and command in ci
