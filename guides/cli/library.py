"""``porchlight library ...`` and ``porchlight notes ...``: the library from the command line.

Every command works on the app's own library (``PORCHLIGHT_HOME`` or the
user data folder), takes ``--format json`` for scripts, and returns only
after its write is committed and fsynced. Errors are
:class:`~guides.library.errors.LibraryError` s, which the CLI prints as one line.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guides.cli.output import add_format, emit, emit_json

if TYPE_CHECKING:
    from guides.library.library import Library
    from guides.library.records import Annotation
    from guides.library.trash import TrashedArticle

LIBRARY_COMMANDS = frozenset({"library", "notes"})


def add_library_commands(commands: Any) -> None:
    """Add ``library`` and ``notes`` to the CLI's subparsers."""
    library = commands.add_parser(
        "library",
        help="the library of articles: add, list, show, rename, delete, trash, search, backup, restore",
        description="Work with the library of articles (set PORCHLIGHT_HOME to use another folder).",
    )
    lib = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = lib.add_parser("add", help="import SOURCE into the library, or update it if it is there")
    add.add_argument("source", metavar="SOURCE")
    add.add_argument("--tag", action="append", default=[], help="tag the article (repeatable)")
    add_format(add)
    listing = lib.add_parser("list", help="list the articles")
    listing.add_argument("--tag")
    listing.add_argument("--series", type=int, metavar="SERIES_ID")
    add_format(listing)
    show = lib.add_parser("show", help="print an article, as the import command does")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=("json", "md", "text"), default="json")
    rename = lib.add_parser("rename", help="give an article another name (its guides and worksheets follow)")
    rename.add_argument("id", type=int, metavar="ID")
    rename.add_argument("title", metavar="TITLE")
    add_format(rename)
    delete = lib.add_parser("delete", help="move an article, with its guides and notes, to the trash")
    delete.add_argument("id", type=int, metavar="ID")
    add_format(delete)
    trash = lib.add_parser(
        "trash",
        help="list the deleted articles, restore one, or empty the trash",
        description="Deleted articles wait in the trash until restored; the app empties those a month old.",
    )
    trash.add_argument("what", nargs="?", choices=("list", "restore", "empty"), default="list")
    trash.add_argument("id", nargs="?", type=int, metavar="ID", help="the article to restore")
    trash.add_argument(
        "--older-than", type=float, metavar="DAYS", help="empty only what was deleted more than DAYS ago"
    )
    add_format(trash)
    find = lib.add_parser("search", help="search articles, notes and guide questions")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--tag")
    find.add_argument("--reader")
    find.add_argument("--series", type=int, metavar="SERIES_ID")
    find.add_argument("--kind", action="append", choices=("article", "note", "question"))
    find.add_argument("--limit", type=int, default=50)
    add_format(find)
    save = lib.add_parser("backup", help="write the whole library to FILE")
    save.add_argument("file", metavar="FILE")
    add_format(save)
    back = lib.add_parser("restore", help="replace the library with the backup FILE")
    back.add_argument("file", metavar="FILE")
    add_format(back)

    notes = commands.add_parser(
        "notes",
        help="highlights and notes on an article: add, list, export, import",
        description="Highlights and notes on one article of the library.",
    )
    act = notes.add_subparsers(dest="action", metavar="ACTION", required=True)
    note = act.add_parser("add", help="highlight a quoted passage, with an optional note")
    note.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    note.add_argument("--quote", required=True, help="the exact words to highlight")
    note.add_argument("--occurrence", type=int, help="which occurrence, if the words occur more than once")
    note.add_argument("--note", default="")
    note.add_argument("--reader")
    note.add_argument("--color", default="yellow")
    note.add_argument("--tag", action="append", default=[])
    add_format(note)
    shown = act.add_parser("list", help="list the article's highlights and notes")
    shown.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    shown.add_argument("--reader")
    add_format(shown)
    out = act.add_parser(
        "export", help="export notes as Markdown to read, or as W3C Web Annotation JSON-LD to import again"
    )
    out.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    out.add_argument("--format", choices=("md", "jsonld"), default="md")
    out.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output")
    into = act.add_parser(
        "import", help="import a W3C Web Annotation JSON-LD file (from notes export --format jsonld)"
    )
    into.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    into.add_argument("file", metavar="FILE")
    add_format(into)


def run_library_command(args: argparse.Namespace) -> int:
    """Run a ``library`` or ``notes`` command; LibraryError and ArticleImportError propagate.

    The commands that only read open the library read-only: they never change
    the file's contents, and never make one where there is none. A library from an
    older Porchlight is first brought up to date, as the app does when it starts
    (read-only, it could not be read by this one); on a read-only disk it is refused.
    """
    key = (args.command, args.action)
    read_only = key in _READ_ONLY or (key == ("library", "trash") and args.what == "list")
    with _open(read_only) as library:
        return _HANDLERS[key](library, args)


def _open(read_only: bool) -> Library:
    from guides.library.errors import LibraryReadOnlyError
    from guides.library.library import open_library
    from guides.library.schema import SCHEMA_VERSION

    try:
        return open_library(read_only=read_only)
    except LibraryReadOnlyError:
        if not read_only:
            raise
        with open_library() as migrated:  # raises the same refusal where it cannot be written
            if migrated.db.user_version() != SCHEMA_VERSION:
                raise
    return open_library(read_only=True)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


# --- library -------------------------------------------------------------------------


def _add(library: Library, args: argparse.Namespace) -> int:
    from guides.importing import import_source

    article = import_source(args.source)
    saved = library.articles.add(article, tags=args.tag)
    r = saved.reanchored
    if args.format == "json":
        emit_json(
            {
                "id": saved.article_id,
                "title": article.title,
                "created": saved.created,
                "reanchored": {
                    "total": r.total,
                    "unchanged": r.unchanged,
                    "moved": r.moved,
                    "fuzzy": r.fuzzy,
                    "orphaned": r.orphaned,
                    "recovered": r.recovered,
                },
            }
        )
    else:
        verb = "Added" if saved.created else "Updated"
        line = f"{verb} {saved.article_id}: {article.title}"
        if r.total:
            line += f" ({r.total} notes re-anchored, {r.orphaned} lost their place)"
        emit(line)
    return 0


def _list(library: Library, args: argparse.Namespace) -> int:
    articles = library.articles.all(tag=args.tag, series_id=args.series)
    if args.format == "json":
        emit_json(
            [
                {
                    "id": a.id,
                    "title": a.title,
                    "source": a.source,
                    "author": a.author,
                    "word_count": a.word_count,
                    "tags": list(a.tags),
                    "annotations": a.annotation_count,
                    "added_at": a.added_at,
                    "opened_at": a.opened_at,
                }
                for a in articles
            ]
        )
    else:
        emit("\n".join(f"{a.id}\t{a.title}" for a in articles) or "The library is empty.")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    from guides.article import article_to_dict
    from guides.export.article_text import article_to_markdown, article_to_plain_text

    article = library.articles.article(args.id)
    if args.format == "json":
        emit_json(article_to_dict(article))
    elif args.format == "md":
        emit(article_to_markdown(article))
    else:
        emit(article_to_plain_text(article))
    return 0


def _rename(library: Library, args: argparse.Namespace) -> int:
    library.articles.rename(args.id, args.title)
    title = library.articles.get(args.id).summary.title
    if args.format == "json":
        emit_json({"id": args.id, "title": title})
    else:
        emit(f"Renamed {args.id}: {title}")
    return 0


def _delete(library: Library, args: argparse.Namespace) -> int:
    trashed = library.trash.delete(args.id).value
    if args.format == "json":
        emit_json(_trashed_json(trashed))
    else:
        emit(
            f"Moved {trashed.article_id} to the trash: {trashed.title} "
            f"(with {_count(trashed.notes, 'note')}); porchlight library trash restore {trashed.article_id} "
            "brings it back"
        )
    return 0


def _trash(library: Library, args: argparse.Namespace) -> int:
    from guides.library.errors import InvalidValueError

    if args.what == "restore":
        if args.id is None:
            raise InvalidValueError("Say which article to restore: porchlight library trash restore ID.")
        library.trash.restore(args.id)
        title = library.articles.get(args.id).summary.title
        if args.format == "json":
            emit_json({"id": args.id, "title": title})
        else:
            emit(f"Restored {args.id}: {title}")
    elif args.what == "empty":
        purged = library.trash.purge(older_than_days=args.older_than)
        if args.format == "json":
            emit_json({"purged": purged})
        else:
            emit(f"Emptied the trash: {_count(purged, 'article')} deleted for good.")
    else:
        trashed = library.trash.all()
        if args.format == "json":
            emit_json([_trashed_json(t) for t in trashed])
        else:
            emit(
                "\n".join(f"{t.article_id}\t{t.deleted_at}\t{t.title}" for t in trashed)
                or "The trash is empty."
            )
    return 0


def _trashed_json(trashed: TrashedArticle) -> dict[str, Any]:
    return {
        "id": trashed.article_id,
        "title": trashed.title,
        "deleted_at": trashed.deleted_at,
        "notes": trashed.notes,
        "guides": trashed.guides,
    }


def _search(library: Library, args: argparse.Namespace) -> int:
    hits = library.search(
        args.query, kinds=args.kind, tag=args.tag, reader=args.reader, series_id=args.series, limit=args.limit
    )
    if args.format == "json":
        emit_json(
            [
                {
                    "article_id": h.article_id,
                    "title": h.title,
                    "kind": h.kind,
                    "snippet": h.snippet,
                    "ref": h.ref,
                }
                for h in hits
            ]
        )
    else:
        emit("\n".join(f"{h.article_id}\t{h.kind}\t{h.title}\t{h.snippet}" for h in hits) or "No matches.")
    return 0


def _backup(library: Library, args: argparse.Namespace) -> int:
    from guides.library.backup import inspect_backup

    path = library.backup(args.file)
    info = inspect_backup(path)
    if args.format == "json":
        emit_json({"path": str(path), "articles": info.articles, "annotations": info.annotations})
    else:
        counts = f"{_count(info.articles, 'article')} and {_count(info.annotations, 'note')}"
        emit(f"Backed up {counts} to {path}")
    return 0


def _restore(library: Library, args: argparse.Namespace) -> int:
    info = library.restore(args.file)
    if args.format == "json":
        emit_json(
            {
                "restored": str(info.path),
                "articles": info.articles,
                "annotations": info.annotations,
                "previous_library_saved_in": str(library.backups_dir),
            }
        )
    else:
        emit(
            f"Restored {_count(info.articles, 'article')} and {_count(info.annotations, 'note')} "
            f"from {info.path}; "
            f"the library as it was is saved in {library.backups_dir}"
        )
    return 0


# --- notes ---------------------------------------------------------------------------


def note_to_json(note: Annotation) -> dict[str, Any]:
    """A note as ``notes list --format json`` prints it; start/end are offsets in the current text."""
    return {
        "id": note.id,
        "quote": note.quote,
        "note": note.note,
        "reader": note.reader,
        "color": note.color,
        "start": note.start,
        "end": note.end,
        "status": note.status,
        "confidence": note.confidence,
        "tags": list(note.tags),
        "created_at": note.created_at,
        "updated_at": note.updated_at,
    }


def _note_line(note: Annotation) -> str:
    where = f"{note.start}-{note.end}" if note.start is not None else "orphan"
    who = note.reader or "-"
    text = f" — {note.note}" if note.note.strip() else ""
    return f"{note.id}\t{where}\t{who}\t{note.color}\t“{note.quote}”{text}"


def _notes_add(library: Library, args: argparse.Namespace) -> int:
    done = library.annotations.add_quote(
        args.article_id,
        args.quote,
        occurrence=args.occurrence,
        note=args.note,
        color=args.color,
        reader=args.reader,
        tags=args.tag,
    )
    if args.format == "json":
        emit_json(note_to_json(done.value))
    else:
        emit(_note_line(done.value))
    return 0


def _notes_list(library: Library, args: argparse.Namespace) -> int:
    notes = library.annotations.for_article(args.article_id, reader=args.reader)
    if args.format == "json":
        emit_json([note_to_json(n) for n in notes])
    else:
        emit("\n".join(_note_line(n) for n in notes) or "No highlights or notes.")
    return 0


def _notes_export(library: Library, args: argparse.Namespace) -> int:
    from guides.export.notes import notes_to_jsonld, notes_to_markdown

    if args.format == "jsonld":
        text = json.dumps(notes_to_jsonld(library, args.article_id), ensure_ascii=False, indent=2) + "\n"
    else:
        text = notes_to_markdown(library, args.article_id)
    if args.output:
        from guides.files import write_text_atomically
        from guides.library.errors import LibraryError

        # Whole or not at all: a full disk leaves the previous export as it was.
        write_text_atomically(args.output, text, error=LibraryError)
    else:
        emit(text)
    return 0


def _notes_import(library: Library, args: argparse.Namespace) -> int:
    from guides.library.errors import AnnotationFileError

    try:
        raw = Path(args.file).read_bytes()
    except OSError as err:
        raise AnnotationFileError(f"{args.file} could not be read: {err.strerror or err}.") from None
    if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        # Most often the Markdown export (the default), which is for reading, not for coming back.
        raise AnnotationFileError(
            f"{args.file} is not a JSON-LD file: only notes exported with --format jsonld can be "
            "imported; nothing was imported."
        )
    result = library.import_jsonld(args.article_id, raw)
    if args.format == "json":
        emit_json({"added": result.added, "already_there": result.already_there, "orphaned": result.orphaned})
    else:
        emit(
            f"Imported {_count(result.added, 'note')} ({result.orphaned} could not be placed); "
            f"{result.already_there} {'was' if result.already_there == 1 else 'were'} already there."
        )
    return 0


_READ_ONLY = frozenset(
    {
        ("library", "list"),
        ("library", "show"),
        ("library", "search"),
        ("library", "backup"),
        ("notes", "list"),
        ("notes", "export"),
    }
)
"""The commands that only read the library."""

_HANDLERS: dict[tuple[str, str], Callable[[Library, argparse.Namespace], int]] = {
    ("library", "add"): _add,
    ("library", "list"): _list,
    ("library", "show"): _show,
    ("library", "rename"): _rename,
    ("library", "delete"): _delete,
    ("library", "trash"): _trash,
    ("library", "search"): _search,
    ("library", "backup"): _backup,
    ("library", "restore"): _restore,
    ("notes", "add"): _notes_add,
    ("notes", "list"): _notes_list,
    ("notes", "export"): _notes_export,
    ("notes", "import"): _notes_import,
}
