"""The extraction pipeline: text -> parsed document -> actor mentions -> actors ->
facts -> Report."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
from collections.abc import Iterator

from diplomod.errors import InputError
from diplomod.knowledge import KnowledgeBase, default_knowledge_base
from diplomod.model import Document, Report
from diplomod.parse.actors import find_actor_mentions
from diplomod.parse.casualties import extract_casualty_claims
from diplomod.parse.citations import extract_citations
from diplomod.parse.context import build_context
from diplomod.parse.demands import extract_demands
from diplomod.parse.document import parse_document
from diplomod.parse.gazetteer import gazetteer_for
from diplomod.parse.meetings import extract_meetings
from diplomod.parse.proposals import extract_proposals
from diplomod.parse.resolve import resolve_actors

__all__ = ["extract"]


def _published(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise InputError(f"'published' must be a date as YYYY-MM-DD or an ISO date and "
                             f"time (got {value!r})") from None
    raise InputError(f"'published' must be a datetime.date or a YYYY-MM-DD string "
                     f"(got {value!r})")


def _document_id(text: str) -> str:
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    document_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    url: str | None = None,
    knowledge: KnowledgeBase | None = None,
) -> Report:
    """Extract a Report from one English news article.

    Args:
        text: the article's text. Any string is accepted; the result may be empty.
        published: the publication date. Relative dates in the text ("on Tuesday",
            "a day earlier", "last week") are resolved against it and never against
            today; without it they stay unresolved.
        document_id: the id of the document; by default one made from the text's hash.
        title: the headline, kept in the report's document.
        publisher: the publisher, kept in the report's document.
        author: the byline, kept in the report's document.
        url: where the article was published.
        knowledge: the knowledge base to use (default: the one shipped with diplomod,
            see `diplomod.knowledge.load_knowledge_base` to extend it).

    Returns:
        A `Report` with the document (its text kept, so evidence offsets can be checked),
        the actors, meetings, proposals, demands, casualty claims and citations found.
        Every fact carries evidence whose ``quote`` equals ``text[start:end]``.

    Raises:
        InputError: ``published`` is not a date; ``text`` is not a string.

    Examples:
        >>> import datetime as dt
        >>> report = extract("Egyptian President Abdel Fattah el-Sisi met CIA Director "
        ...                  "William Burns in Cairo on Tuesday.", published=dt.date(2024, 2, 13))
        >>> [a.name for a in report.actors if a.kind == "person"]
        ['Abdel Fattah el-Sisi', 'William Burns']
        >>> str(report.meetings[0].date), report.meetings[0].location
        ('2024-02-13', 'Cairo')
    """
    if not isinstance(text, str):
        raise InputError(f"'text' must be a str (got {type(text).__name__})")
    day = _published(published)
    with _collector_paused():
        return _extract(text, day, document_id, title, publisher, author, url, knowledge)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a text is read: the parser makes hundreds
    of thousands of short-lived objects without cycles, which reference counting frees,
    and the collector's repeated passes over them cost a tenth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(text: str, day: dt.date | None, document_id: str | None, title: str | None,
             publisher: str | None, author: str | None, url: str | None,
             knowledge: KnowledgeBase | None) -> Report:
    kb = knowledge or default_knowledge_base()
    doc_id = document_id or _document_id(text)
    doc = parse_document(text, document_id=doc_id, published=day, kb=kb,
                         gazetteer=gazetteer_for(kb))
    table = resolve_actors(doc, find_actor_mentions(doc), author=author)
    context = build_context(doc, table)
    return Report(
        document=Document(id=doc_id, title=title, publisher=publisher, author=author,
                          published=day, url=url, text=text),
        actors=tuple(table.actors),
        meetings=tuple(extract_meetings(context)),
        proposals=tuple(extract_proposals(context)),
        demands=tuple(extract_demands(context)),
        casualty_claims=tuple(extract_casualty_claims(context)),
        citations=tuple(extract_citations(context)),
    )
