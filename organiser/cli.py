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
from organiser.domain import document_kinds
from organiser.domain.errors import OrganiserError
from organiser.domain.languages import LANGUAGES
from organiser.domain.seating import Arrangement
from organiser.domain.validation import displayable
from organiser.storage.db import Workspace

# The documents `export` writes in one language, or two side by side (documents/export.py).
DOCUMENT_KINDS = document_kinds.EVENT_DOCUMENT_KINDS


class CommandError(OrganiserError):
    """A problem with what was asked on the command line."""


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors quote a mistyped argument made safe to print (a line break or an
    escape sequence in it is written as an escape), so the error stays one line after the usage."""

    def error(self, message: str):
        super().error(displayable(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
                       help=f"collate and name in this language ({', '.join(LANGUAGES)}); default: the event's own")

    export = commands.add_parser("export", help="write an event's document or exchange file",
                                 description="Write a document or an exchange file of one event.")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    declaration = kinds.add_parser(document_kinds.DECLARATION, help="the event's declaration as a Word document",
                                   description="Write the event's declaration (its latest draft) as .docx.")
    signature_sheet = kinds.add_parser(
        document_kinds.SIGNATURE_SHEET, help="a sheet for the signatories to sign, as a Word document",
        description="Write a signature sheet of the event's signatories (its state delegations' heads, in "
                    "protocol order) as .docx: one table for all, or with --page-per-signatory a page each.")
    kinds.add_parser(
        document_kinds.PARTICIPANTS, help="the list of participants by delegation, as a Word document",
        description="Write the list of participants as .docx: each delegation in protocol order (states, "
                    "then organisations, then guests) with its members' names and positions.")
    kinds.add_parser(
        document_kinds.PROGRAMME, help="the event's programme, as a Word document",
        description="Write the event's programme as .docx: its days, times, items and speakers.")
    seating = kinds.add_parser(
        document_kinds.SEATING, help="the seating plan at the meeting table, as a Word document",
        description="Write the seating plan as .docx: the host's head of delegation presides at the centre, the "
                    "delegations sit by protocol order alternately on the chair's right and left, members behind "
                    "their head; a picture of the plan and its legend (place, delegation, name).")
    shapes = [arrangement.value for arrangement in Arrangement]
    seating.add_argument("--arrangement", metavar="SHAPE", default=Arrangement.LONG_TABLE.value, choices=shapes,
                         help=f"the tables' shape: {', '.join(shapes)} (default: {Arrangement.LONG_TABLE.value})")
    kinds.add_parser(
        document_kinds.PLACE_CARDS, help="a folded tent card for each head of delegation, as a Word document",
        description="Write the place cards as .docx: an A4 landscape page for each head of delegation (and "
                    "organisation's representative) in protocol order, folded in half across into a tent; the "
                    "upper half is printed upside down so both faces read upright.")
    kinds.add_parser(
        document_kinds.BADGES, help="name badges for every participant, as a Word document",
        description="Write name badges as .docx, eight to an A4 page (two across, four down, dashed cut lines): "
                    "the event, the delegation, the name, the position and the role, in protocol order.")
    memorandum = kinds.add_parser(
        document_kinds.MEMORANDUM, help="a memorandum between two parties, one copy for each, as Word documents",
        description="Write both copies of the event's memorandum (an event with exactly two state delegations and "
                    "a declaration in one or two languages) as FILE-<CODE>.docx, one for each party: in its own "
                    "copy a party is named first, signs on the left and, in two languages, has its language in "
                    "the left column (the alternat).")
    memorandum.add_argument("event", metavar="EVENT", help="the event's ID, or its date (YYYY-MM-DD)")
    memorandum.add_argument("--out", metavar="FILE", type=Path, required=True,
                            help="the name the copies are made from: FILE-<CODE1>.docx and FILE-<CODE2>.docx")
    memorandum.add_argument("--force", action="store_true", help="overwrite the copies (and their PDFs) if they exist")
    memorandum.add_argument("--pdf", action="store_true", help="also render each copy to PDF through LibreOffice")
    package = kinds.add_parser("package", help="the event with everything it refers to, as an exchange file (JSON)",
                               description="Write the event, its delegations, persons, institutions, states, "
                                           "programme and declarations as an exchange file (docs/exchange-format.md).")
    documents = tuple(kinds.choices[kind] for kind in DOCUMENT_KINDS)
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
        sub.add_argument("--languages", metavar="L1,L2",
                         help="several languages instead of --language: the declaration in two, side by side in "
                              "one document; with --each, any document once per language")
        sub.add_argument("--each", action="store_true",
                         help="with --languages, one document per language: FILE.L1.docx, FILE.L2.docx …")
    signature_sheet.add_argument("--page-per-signatory", action="store_true",
                                 help="a page for each signatory instead of one sheet for all")
    _add_drafting_commands(commands, kinds, declaration)

    settings = commands.add_parser("settings", help="show or change the workspace's settings",
                                   description="Show or change a setting kept in the workspace file. "
                                               "template-folder: the folder of your own Word templates (edited "
                                               "in Word); a document whose template file (declaration.docx, "
                                               "programme.docx …) is in it is built on that one, the others on "
                                               "the built-in ones.")
    setting = settings.add_subparsers(dest="setting", metavar="SETTING", required=True)
    folder = setting.add_parser("template-folder", help="print, set or clear the folder of your own Word templates",
                                description="With no argument, print the folder (or 'built-in'); with PATH, use "
                                            "the templates in PATH, after checking each one there; with --clear, "
                                            "go back to the built-in templates.")
    folder.add_argument("path", metavar="PATH", nargs="?", type=Path, help="the folder of your templates")
    folder.add_argument("--clear", action="store_true", help="use the built-in templates again")

    importer = commands.add_parser("import", help="add the event of an exchange file to the workspace",
                                   description="Add the event of an exchange file, with the records it refers to, "
                                               "to the workspace: all of it, or on any problem nothing.")
    importer.add_argument("file", metavar="FILE", type=Path, help="the exchange file (JSON)")
    return parser


def read_input(args: argparse.Namespace) -> None:
    """Read and check an import's file before the workspace is opened (a file refused, too large, a FIFO, a
    device, never holds the workspace's lock); ``run`` takes the checked content from ``args``."""
    if args.command == "import":
        from organiser.services.exchange import read_package_file

        args.package = read_package_file(args.file)
    elif args.command == "import-library":
        from organiser.services.library import read_library_file

        args.library = read_library_file(args.file)


def resolve_event(workspace: Workspace, text: str) -> int:
    """An event named by its ID or by its date; an unknown or ambiguous one is a CommandError."""
    from organiser.services.events import get_event, list_events

    if text.isascii() and text.isdigit():
        number = int(text)
        if number > 2**63 - 1:  # more than SQLite's INTEGER holds: no event has it
            raise CommandError(f"there is no event {text} in this workspace")
        return get_event(workspace, event_id=number).id
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


# --- drafting: the clause library file, revisions and their comparison ----------------------------------

def _keys(text: str | None) -> set[str]:
    return {key.strip() for key in (text or "").split(",") if key.strip()}


def _add_drafting_commands(commands, kinds, declaration) -> None:
    declaration.add_argument("--revision", metavar="N", type=int,
                             help="the declaration as its revision N had it (see the revisions command)")
    library = kinds.add_parser("library", help="the clause library as a file (JSON) to share",
                               description="Write every clause of the workspace (retired ones marked so) as a "
                                           "clause library file (docs/exchange-format.md).")
    library.add_argument("--out", metavar="FILE", type=Path, required=True, help="the file to write (.json)")
    library.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    comparison = kinds.add_parser(
        document_kinds.COMPARISON,
        help="two revisions of the declaration compared, as a Word document with tracked changes",
        description="Compare revision --from with revision --to (default: the draft as it is now) of the event's "
                    "declaration word by word and write it as .docx with Word's tracked changes.")
    comparison.add_argument("event", metavar="EVENT", help="the event's ID, or its date (YYYY-MM-DD)")
    comparison.add_argument("--from", dest="from_revision", metavar="N", type=int, required=True,
                            help="the older revision's number")
    comparison.add_argument("--to", dest="to_revision", metavar="M", type=int,
                            help="the newer revision's number (default: the draft as it is now)")
    comparison.add_argument("--out", metavar="FILE", type=Path, required=True, help="the file to write (.docx)")
    comparison.add_argument("--language", metavar="LANG", default="en", help="the language compared (default: en)")
    comparison.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    revisions = commands.add_parser("revisions", help="list the revisions of an event's declaration",
                                    description="Print the revisions of the event's declaration (its chosen draft), "
                                                "one a line: number<TAB>saved at<TAB>author<TAB>comment.")
    revisions.add_argument("event", metavar="EVENT", help="the event's ID, or its date (YYYY-MM-DD)")

    importer = commands.add_parser(
        "import-library", help="add the clauses of a clause library file; conflicts are shown, not overwritten",
        description="Add the clauses of a library file that the workspace lacks and skip identical ones. A clause "
                    "whose key the workspace has with other texts, kind or tags is a conflict: it is printed side "
                    "by side and the workspace's version is kept, unless --take-theirs or --keep-both says "
                    "otherwise. All or nothing: on any problem nothing is imported.")
    importer.add_argument("file", metavar="FILE", type=Path, help="the clause library file (JSON)")
    importer.add_argument("--take-theirs", metavar="KEY,...", help="for these conflicting clauses, take the file's version")
    importer.add_argument("--take-all-theirs", action="store_true",
                          help="for every conflicting clause (but those given to --keep-both), take the file's version")
    importer.add_argument("--keep-both", metavar="KEY,...",
                          help="for these conflicting clauses, keep the workspace's and add the file's as KEY-imported")


def _one_line(text: str) -> str:
    return text.replace("\n", " ↵ ") if text else "(none)"


def _drafting(args: argparse.Namespace, workspace: Workspace, out) -> None:
    from organiser.services import declarations, library, revisions

    if args.command == "import-library":
        data = getattr(args, "library", None) or library.read_library_file(args.file)
        plan = library.plan_library_import(workspace, library=data)
        change = library.import_library(workspace, library=data, take_theirs=_keys(args.take_theirs),
                                        keep_both=_keys(args.keep_both), take_all_theirs=args.take_all_theirs)
        for clause in plan.new:
            print(f"added {clause.key}", file=out)
        if plan.identical:
            print(f"unchanged: {len(plan.identical)} clause{'s' if len(plan.identical) != 1 else ''} already "
                  "the same in the workspace", file=out)
        chosen = _keys(args.keep_both) | ({c.key for c in plan.conflicts} if args.take_all_theirs
                                          else _keys(args.take_theirs))
        kept = [c for c in plan.conflicts if c.key not in chosen]
        for note in change.notes:
            print(note, file=out)
            conflict = plan.conflict(note.split(":")[0])
            if conflict is not None and conflict in kept:
                for difference in conflict.differences:
                    print(f"  {difference.field} | workspace: {_one_line(difference.ours)} | "
                          f"file: {_one_line(difference.theirs)}", file=out)
        if kept:
            print(f"{len(kept)} conflicting clause{'s' if len(kept) != 1 else ''} left as the workspace has "
                  f"{'them' if len(kept) != 1 else 'it'}: to take the file's version give --take-theirs KEY,... "
                  "(or --take-all-theirs); to keep both, --keep-both KEY,...", file=out)
        return
    if getattr(args, "kind", None) == "library":
        path = library.write_library_file(library.export_library(workspace), args.out, force=args.force)
        print(f"wrote {path}", file=out)
        return
    event_id = resolve_event(workspace, args.event)
    declaration = declarations.event_declaration(workspace, event_id=event_id)
    if args.command == "revisions":
        for revision in revisions.list_revisions(workspace, declaration_id=declaration.id):
            saved = revision.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{revision.number}\t{saved}\t{revision.author}\t{revision.comment}", file=out)
        return
    from organiser.documents.comparison import export_comparison, export_revision

    if args.kind == document_kinds.COMPARISON:
        path = export_comparison(workspace, declaration_id=declaration.id, old=args.from_revision,
                                 new=args.to_revision, out=args.out, language=args.language, force=args.force)
        print(f"wrote {path}", file=out)
        return
    if args.languages or args.each:
        raise CommandError("--revision exports one language: give --language, not --languages")
    path = export_revision(workspace, event_id=event_id, number=args.revision, out=args.out,
                           language=args.language, force=args.force, pdf=args.pdf, declaration_id=declaration.id)
    print(f"wrote {path}", file=out)
    if args.pdf:
        print(f"wrote {path.with_suffix('.pdf')}", file=out)


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
    elif args.command in ("import-library", "revisions") or (args.command == "export" and (
            args.kind in ("library", document_kinds.COMPARISON)
            or (args.kind == document_kinds.DECLARATION and args.revision is not None))):
        _drafting(args, workspace, out)
    elif args.command == "export" and args.kind in DOCUMENT_KINDS:
        from organiser.documents.export import pdf_path, written_document

        event_id = resolve_event(workspace, args.event)
        options = dict(force=args.force, pdf=args.pdf, page_per_signatory=getattr(args, "page_per_signatory", False),
                       arrangement=getattr(args, "arrangement", None))
        if args.each or args.languages:
            paths = _export_languages(workspace, args, event_id, options)
        else:
            paths = [written_document(workspace, kind=args.kind, event_id=event_id, out=args.out,
                                      language=args.language, **options)]
        for written in paths:
            print(f"wrote {written.path}", file=out)
            if written.note:
                print(written.note, file=out)
            if args.pdf:
                print(f"wrote {pdf_path(written.path)}", file=out)
    elif args.command == "export" and args.kind == document_kinds.MEMORANDUM:
        from organiser.documents.export import pdf_path
        from organiser.documents.memorandum import export_memorandum

        for path in export_memorandum(workspace, event_id=resolve_event(workspace, args.event), out=args.out,
                                      force=args.force, pdf=args.pdf):
            print(f"wrote {path}", file=out)
            if args.pdf:
                print(f"wrote {pdf_path(path)}", file=out)
    elif args.command == "export" and args.kind == "package":
        event_id = resolve_event(workspace, args.event)
        package = exchange.export_event_package(workspace, event_id=event_id)
        path = exchange.write_package_file(package, args.out, force=args.force)
        print(f"wrote {path}", file=out)
    elif args.command == "settings":
        _settings(args, workspace)
    elif args.command == "import":
        package = getattr(args, "package", None) or exchange.read_package_file(args.file)
        change = exchange.import_package(workspace, package=package)
        for event_id in change.added.get("event", ()):
            print(f"imported event {event_id}", file=out)
        for note in change.notes:
            print(note, file=out)
    return 0


def _export_languages(workspace: Workspace, args: argparse.Namespace, event_id: int, options: dict) -> list:
    """``--languages L1,L2`` (side by side) or ``--languages … --each`` (one per language): each Written."""
    from organiser.documents.export import written_document, written_per_language

    if not args.languages:
        raise CommandError("--each needs --languages L1,L2,…")
    if args.language != "en":
        raise CommandError("give either --language or --languages, not both")
    languages = [language.strip() for language in args.languages.split(",")]
    if args.each:
        return written_per_language(workspace, kind=args.kind, event_id=event_id, out=args.out, languages=languages,
                                    **options)
    # One language named this way is exported as with --language.
    return [written_document(workspace, kind=args.kind, event_id=event_id, out=args.out, languages=languages,
                             **options)]


def _settings(args: argparse.Namespace, workspace: Workspace) -> None:
    from organiser.documents.registry import check_template_folder
    from organiser.services.settings import set_template_folder, template_folder

    if args.clear and args.path is not None:
        raise CommandError("give either PATH or --clear, not both")
    if args.clear:
        set_template_folder(workspace, folder=None)
        print("template folder: built-in", file=sys.stdout)
    elif args.path is not None:
        found = check_template_folder(args.path)
        set_template_folder(workspace, folder=args.path)
        print(f"template folder: {template_folder(workspace)}", file=sys.stdout)
        for name in found:
            print(f"uses {name}", file=sys.stdout)
    else:
        folder = template_folder(workspace)
        print(f"template folder: {folder if folder is not None else 'built-in'}", file=sys.stdout)
