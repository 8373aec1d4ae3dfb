"""The command line: argparse subcommands, each a thin call of a service.

Every failure a user can cause ends in one line on stderr naming the problem and a non-zero exit;
nothing already saved changes, and no traceback is printed (app.main logs unexpected ones to a file).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from organiser import __version__
from organiser.domain.errors import OrganiserError
from organiser.storage.db import Workspace

# The documents `export` writes, and those it names but cannot write yet (documents/export.py).
DOCUMENT_KINDS = ("declaration", "signature-sheet", "participants", "programme")
LATER_KINDS = ("place-cards", "seating")


class CommandError(OrganiserError):
    """A problem with what was asked on the command line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="organiser",
        description="Plan council meetings and seminars, order delegations by protocol and export "
                    "signature-ready declarations. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"organiser {__version__}")
    parser.add_argument("--workspace", metavar="FILE", type=Path,
                        help="the workspace file to use (created if it does not exist); "
                             "default: workspace.sqlite in the user's data directory")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("sample", help="add the built-in sample council to the workspace",
                        description="Add the sample council (the OTS Council of Prosecutors General: its 3rd "
                                    "meeting and its Baku seminar) to the workspace. Events already there are kept.")

    commands.add_parser("events", help="list the events, one a line: ID, date, title",
                        description="Print one event a line: ID<TAB>YYYY-MM-DD<TAB>title (in English, "
                                    "or the first language the title has).")

    order = commands.add_parser("order", help="print an event's delegations in protocol order",
                                description="Print the event's delegations in protocol order, one a line: "
                                            "position<TAB>code<TAB>name. The code is the state's ISO alpha-2 "
                                            "code or the organisation's code.")
    order.add_argument("event", metavar="EVENT", help="the event's ID, or its date (YYYY-MM-DD) if only one event has it")
    order.add_argument("--language", metavar="LANG",
                       help="collate and name in this language (en, ru, tr, az, kk, ky, uz); default: the event's own")

    export = commands.add_parser("export", help="write an event's document or exchange file",
                                 description="Write a document or an exchange file of one event.")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    declaration = kinds.add_parser("declaration", help="the event's declaration as a Word document",
                                   description="Write the event's declaration (its latest draft) as .docx.")
    signature_sheet = kinds.add_parser(
        "signature-sheet", help="a sheet for the signatories to sign, as a Word document",
        description="Write a signature sheet of the event's signatories (its state delegations' heads, in "
                    "protocol order) as .docx: one table for all, or with --page-per-signatory a page each.")
    participants = kinds.add_parser(
        "participants", help="the list of participants by delegation, as a Word document",
        description="Write the list of participants as .docx: each delegation in protocol order (states, "
                    "then organisations, then guests) with its members' names and positions.")
    programme = kinds.add_parser(
        "programme", help="the event's programme, as a Word document",
        description="Write the event's programme as .docx: its days, times, items and speakers.")
    later = [kinds.add_parser(kind, help="(not available yet)",
                              description=f"Exporting {kind} is not available yet.") for kind in LATER_KINDS]
    package = kinds.add_parser("package", help="the event with everything it refers to, as an exchange file (JSON)",
                               description="Write the event, its delegations, persons, institutions, states, "
                                           "programme and declarations as an exchange file (docs/exchange-format.md).")
    documents = (declaration, signature_sheet, participants, programme, *later)
    for sub in (*documents, package):
        sub.add_argument("event", metavar="EVENT", help="the event's ID, or its date (YYYY-MM-DD)")
        sub.add_argument("--out", metavar="FILE", type=Path, required=True, help="the file to write")
        sub.add_argument("--force", action="store_true",
                         help="overwrite FILE if it exists" if sub is package else
                         "overwrite FILE (and with --pdf its PDF) if it exists")
    for sub in documents:
        sub.add_argument("--language", metavar="LANG", default="en", help="the document's language (default: en)")
        sub.add_argument("--pdf", action="store_true",
                         help="also render a PDF beside FILE (FILE with .pdf) through LibreOffice, if installed")
    signature_sheet.add_argument("--page-per-signatory", action="store_true",
                                 help="a page for each signatory instead of one sheet for all")

    importer = commands.add_parser("import", help="add the event of an exchange file to the workspace",
                                   description="Add the event of an exchange file, with the records it refers to, "
                                               "to the workspace: all of it, or on any problem nothing.")
    importer.add_argument("file", metavar="FILE", type=Path, help="the exchange file (JSON)")
    return parser


def resolve_event(workspace: Workspace, text: str) -> int:
    """An event named by its ID or by its date; an unknown or ambiguous one is a CommandError."""
    from organiser.services.events import get_event, list_events

    if text.isdigit():
        return get_event(workspace, event_id=int(text)).id
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"EVENT must be an event ID or a date YYYY-MM-DD, not '{text}'") from None
    matching = [e for e in list_events(workspace) if e.start_date <= day <= e.last_date]
    if not matching:
        raise CommandError(f"there is no event on {day.isoformat()} in this workspace")
    if len(matching) > 1:
        ids = ", ".join(str(e.id) for e in matching)
        raise CommandError(f"several events take place on {day.isoformat()} (IDs {ids}); give the ID")
    return matching[0].id


def _title(titles: dict[str, str]) -> str:
    return titles.get("en") or next(iter(titles.values()), "")


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    # Imported here, not at the top: app.main builds this parser before opening the window too, and the
    # window's start-up should not pay for what only the commands use.
    from organiser.services import events, exchange

    out = sys.stdout
    if args.command == "sample":
        change = exchange.add_sample(workspace)
        added = change.count("event")
        print(f"sample council: {added} event{'s' if added != 1 else ''} added", file=out)
        for note in change.notes:
            print(note, file=out)
    elif args.command == "events":
        for event in events.list_events(workspace):
            print(f"{event.id}\t{event.start_date.isoformat()}\t{_title(event.title)}", file=out)
    elif args.command == "order":
        event_id = resolve_event(workspace, args.event)
        language = args.language or events.get_event(workspace, event_id=event_id).precedence_language
        for position, delegation in enumerate(
                events.ordered_delegations(workspace, event_id=event_id, language=language), start=1):
            print(f"{position}\t{delegation.code}\t{delegation.display_name(language)}", file=out)
    elif args.command == "export" and args.kind in LATER_KINDS:
        raise CommandError(f"exporting {args.kind} is not available yet; "
                           f"available: {', '.join(DOCUMENT_KINDS)}, package")
    elif args.command == "export" and args.kind in DOCUMENT_KINDS:
        from organiser.documents.export import export_document, pdf_path

        event_id = resolve_event(workspace, args.event)
        path = export_document(workspace, kind=args.kind, event_id=event_id, out=args.out, language=args.language,
                               force=args.force, pdf=args.pdf,
                               page_per_signatory=getattr(args, "page_per_signatory", False))
        print(f"wrote {path}", file=out)
        if args.pdf:
            print(f"wrote {pdf_path(path)}", file=out)
    elif args.command == "export" and args.kind == "package":
        event_id = resolve_event(workspace, args.event)
        package = exchange.export_event_package(workspace, event_id=event_id)
        path = exchange.write_package_file(package, args.out, force=args.force)
        print(f"wrote {path}", file=out)
    elif args.command == "import":
        change = exchange.import_package_file(workspace, path=args.file)
        for event_id in change.added.get("event", ()):
            print(f"imported event {event_id}", file=out)
        for note in change.notes:
            print(note, file=out)
    return 0
