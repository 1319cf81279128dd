"""Evidence: where a fact comes from."""

from __future__ import annotations

from typing import Self

from pydantic import NonNegativeInt, model_validator

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.vocab import EvidenceOrigin

__all__ = ["Evidence"]


class Evidence(Model):
    """The words of a document that support a fact, or a note that says where a
    hand-made fact comes from.

    Evidence found by the parser (``origin="extracted"``) always has a document id,
    a character span and the quoted words, with ``text[start:end] == quote``:

    >>> text = "Burns met Barnea in Cairo."
    >>> ev = Evidence.from_span("doc-1", text, 0, 16, rule="meeting/verb")
    >>> ev.quote
    'Burns met Barnea'

    Hand-made facts say so: ``Evidence.manual("from our own event log")``.
    """

    document_id: Identifier | None = None
    """Id of the document the words come from."""
    start: NonNegativeInt | None = None
    """Offset of the first character of the quote in the document's original text."""
    end: NonNegativeInt | None = None
    """Offset just past the last character of the quote."""
    quote: str | None = None
    """The words themselves, exactly as in the document."""
    attribution: NonBlankStr | None = None
    """Whom the document attributes the words to ("an official told AFP")."""
    origin: EvidenceOrigin = EvidenceOrigin.EXTRACTED
    """Found by the parser, loaded from gold, or entered by hand."""
    rule: NonBlankStr | None = None
    """Id of the parser rule or knowledge-base entry that found it."""
    note: NonBlankStr | None = None
    """Free text: for hand-made evidence, where the fact comes from."""

    @model_validator(mode="after")
    def _check_span(self) -> Self:
        if (self.start is None) != (self.end is None):
            missing = "end" if self.end is None else "start"
            raise ValueError(f"'{missing}' must be given together with "
                             f"'{'start' if missing == 'end' else 'end'}' "
                             f"(got start={self.start}, end={self.end})")
        if self.start is not None and self.end is not None:
            if self.end <= self.start:
                raise ValueError(
                    f"'end' must be greater than 'start' {self.start} (got {self.end})"
                )
            if self.quote is not None and len(self.quote) != self.end - self.start:
                raise ValueError(
                    f"'quote' must be {self.end - self.start} characters long to fit the span "
                    f"{self.start}:{self.end} (got {len(self.quote)} characters: {self.quote!r})"
                )
        if self.origin is EvidenceOrigin.EXTRACTED:
            missing_fields = [
                name for name in ("document_id", "start", "end", "quote")
                if getattr(self, name) is None
            ]
            if missing_fields:
                raise ValueError(
                    f"'{missing_fields[0]}' is required for extracted evidence, which must "
                    f"have a document_id, start, end and quote (missing "
                    f"{', '.join(missing_fields)}); use Evidence.manual(...) for hand-made facts"
                )
        return self

    @property
    def has_span(self) -> bool:
        """Whether the evidence points at characters of a document."""
        return self.start is not None

    @classmethod
    def from_span(
        cls,
        document_id: str,
        text: str,
        start: int,
        end: int,
        *,
        rule: str | None = None,
        attribution: str | None = None,
    ) -> Evidence:
        """Evidence for ``text[start:end]`` of document ``document_id``."""
        return cls(
            document_id=document_id,
            start=start,
            end=end,
            quote=text[start:end],
            rule=rule,
            attribution=attribution,
        )

    @classmethod
    def quoting(cls, document_id: str, text: str, start: int, end: int, *,
                rule: str | None = None, attribution: str | None = None) -> Evidence:
        """Like `from_span`, for callers that already hold a valid span (the parser):
        the span is checked here and the object is built without pydantic's pass over
        each field, which the parser would otherwise pay thousands of times a
        document.

        Raises:
            ValueError: the span is empty or outside ``text``.
        """
        if not 0 <= start < end <= len(text) or not document_id.strip():
            return cls.from_span(document_id, text, start, end, rule=rule,
                                 attribution=attribution)  # raises with the usual message
        values = {
            "document_id": document_id, "start": start, "end": end, "quote": text[start:end],
            "attribution": attribution if attribution and attribution.strip() else None,
            "origin": EvidenceOrigin.EXTRACTED, "rule": rule or None, "note": None,
        }
        if cls is not Evidence:
            return cls.model_construct(**values)  # type: ignore[arg-type]
        # what model_construct does for a model without extras or private attributes,
        # without its pass over the fields: the parser makes thousands of these
        obj = object.__new__(cls)
        _set(obj, "__dict__", values)
        _set(obj, "__pydantic_fields_set__", _ALL_FIELDS)
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj

    @classmethod
    def manual(cls, note: str, *, document_id: str | None = None) -> Evidence:
        """Evidence for a fact a person entered by hand, saying where it comes from."""
        return cls(origin=EvidenceOrigin.MANUAL, note=note, document_id=document_id)

    @classmethod
    def gold(cls, document_id: str) -> Evidence:
        """Evidence for a fact loaded from a gold annotation of ``document_id``."""
        return cls(origin=EvidenceOrigin.GOLD, document_id=document_id,
                   note="hand-made gold annotation")


_set = object.__setattr__
_ALL_FIELDS = frozenset(Evidence.model_fields)
