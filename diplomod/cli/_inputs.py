"""Reading the command line's inputs: articles, index files, dates, reports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs

from diplomod.errors import InputError

__all__ = [
    "Article",
    "IndexEntry",
    "find_index_entry",
    "load_index",
    "parse_published",
    "read_article",
    "read_text_file",
]


@attrs.frozen
class IndexEntry:
    """One article of an index file such as ``seeds/index.json``."""

    id: str
    file: str
    published: dt.date | None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


def parse_published(value: str, *, source: str = "--published") -> dt.date:
    """A ``YYYY-MM-DD`` publication date.

    Raises:
        InputError: the value is not a real date in that form.
    """
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InputError(
            f"must be a date as YYYY-MM-DD (got {value!r})", source=source
        ) from None


def read_text_file(path: Path) -> str:
    """The UTF-8 text of an article (a leading BOM is dropped).

    Raises:
        InputError: the file is missing, is a directory, or is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", source=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8",
            source=str(path),
        ) from None


def _entry(item: Any, where: str) -> IndexEntry:
    if not isinstance(item, dict):
        raise InputError(f"each entry must be an object (got {item!r})", source=where)
    for key in ("id", "file"):
        if not isinstance(item.get(key), str) or not item[key]:
            raise InputError(f"entry must have a string {key!r} (got {item.get(key)!r})",
                             source=where)
    published = item.get("published")
    return IndexEntry(
        id=item["id"],
        file=item["file"],
        published=parse_published(str(published)[:10], source=f"{where} {item['id']}")
        if published else None,
        title=item.get("title"),
        publisher=item.get("publisher"),
        author=item.get("author"),
        url=item.get("url"),
    )


def load_index(path: Path) -> list[IndexEntry]:
    """The entries of an index file: a JSON list of objects with ``id``, ``file`` and
    ``published`` (``YYYY-MM-DD``), and optionally ``title``, ``publisher``, ``author``.

    Raises:
        InputError: the file is missing, is not JSON, or an entry is malformed.
    """
    text = read_text_file(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON ({exc})", source=str(path)) from None
    if not isinstance(data, list):
        raise InputError(f"must be a JSON list of entries (got {type(data).__name__})",
                         source=str(path))
    return [_entry(item, str(path)) for item in data]


def find_index_entry(entries: list[IndexEntry], article: Path) -> IndexEntry | None:
    """The entry for ``article``, matched by file name or by id (the file's stem)."""
    for entry in entries:
        if entry.file == article.name or Path(entry.file).name == article.name:
            return entry
    for entry in entries:
        if entry.id == article.stem:
            return entry
    return None


@attrs.frozen
class Article:
    """An article read from disk with what the index says of it."""

    path: Path
    text: str
    document_id: str
    published: dt.date
    entry: IndexEntry | None


def read_article(path: Path, *, index: list[IndexEntry] | None = None,
                 published: dt.date | None = None) -> Article:
    """Read an article and find its publication date: its index entry (matched by file
    name or id) first, else ``published``.

    Raises:
        InputError: the file is missing or not UTF-8, or no date is known for it.
    """
    text = read_text_file(path)
    entry = find_index_entry(index, path) if index else None
    day = entry.published if entry is not None and entry.published else published
    if day is None:
        where = "the index has no date for it" if index else "no --index was given"
        raise InputError(f"needs a publication date ({where}); give --published "
                         "YYYY-MM-DD or an --index entry", source=str(path))
    return Article(path=path, text=text, document_id=entry.id if entry else path.stem,
                   published=day, entry=entry)
