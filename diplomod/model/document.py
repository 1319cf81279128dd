"""Documents (news articles) and the sources they cite."""

from __future__ import annotations

import datetime as dt

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate

__all__ = ["Citation", "Document"]


class Document(Model):
    """A news article: its metadata and, optionally, its text.

    ``published`` anchors every relative date in the article ("on Tuesday").
    """

    id: Identifier
    """Stable id of the article."""
    title: NonBlankStr | None = None
    """Headline."""
    publisher: NonBlankStr | None = None
    """Who published it."""
    author: NonBlankStr | None = None
    """Byline."""
    published: dt.date | None = None
    """Publication date."""
    url: NonBlankStr | None = None
    """Where it was published."""
    language: NonBlankStr = "en"
    """ISO 639-1 language code of the text."""
    text: str | None = None
    """The original text; evidence offsets index into it."""


class Citation(Model):
    """A source the article cites in a reference list, with when it was published and
    when the author says they accessed it."""

    id: Identifier
    """Stable id."""
    title: NonBlankStr | None = None
    """Title of the cited work."""
    publisher: NonBlankStr | None = None
    """Who published it."""
    published: PartialDate | None = None
    """When the cited work was published."""
    accessed: PartialDate | None = None
    """When the author says they accessed it."""
    url: NonBlankStr | None = None
    """Where."""
    evidence: tuple[Evidence, ...] = ()
    """Where the reference stands in the article."""
