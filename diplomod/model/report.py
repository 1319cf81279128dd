"""Report: everything extracted from one document."""

from __future__ import annotations

import typing
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationInfo, field_validator

from diplomod.errors import UnknownActorError
from diplomod.model._base import Model
from diplomod.model.actor import Actor
from diplomod.model.casualty import CasualtyClaim
from diplomod.model.demand import Demand
from diplomod.model.document import Citation, Document
from diplomod.model.evidence import Evidence
from diplomod.model.meeting import Meeting
from diplomod.model.proposal import Proposal

__all__ = ["Report"]

_COLLECTIONS = ("actors", "meetings", "proposals", "demands", "casualty_claims", "citations")


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return True
    return any(_holds_models(arg) for arg in typing.get_args(annotation))


@cache
def _model_fields(cls: type[Model]) -> tuple[str, ...]:
    """The fields of a model type that can hold evidence or other models."""
    return tuple(name for name, field in cls.model_fields.items()
                 if _holds_models(field.annotation))


def _all_evidence(obj: Any, out: list[Evidence]) -> list[Evidence]:
    """Every piece of evidence under ``obj``, appended to ``out`` (no paths: the check of
    a whole report walks thousands of objects, and a path is only needed for an error)."""
    if isinstance(obj, Evidence):
        out.append(obj)
    elif isinstance(obj, Model):
        for name in _model_fields(type(obj)):
            _all_evidence(getattr(obj, name), out)
    elif isinstance(obj, tuple):
        for item in obj:
            _all_evidence(item, out)
    return out


def _walk_evidence(obj: Any, path: str) -> Iterator[tuple[str, Evidence]]:
    if isinstance(obj, Evidence):
        yield path, obj
    elif isinstance(obj, Model):
        for name in _model_fields(type(obj)):
            yield from _walk_evidence(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _walk_evidence(item, f"{path}[{i}]")


def fold_name(name: str) -> str:
    """A name folded for comparison: case, accents, hyphens and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("-", " ").replace("’", "'").replace(".", "")
    return " ".join(plain.split())


class Report(Model):
    """Everything diplomod knows from one document: its actors, meetings, proposals,
    demands and casualty claims, each with its evidence.

    Ids are unique across the whole report. Evidence that points into this report's
    document must lie inside its text (when the text is kept) and quote it exactly.
    References between objects (a participant's actor id, say) are *not* enforced on
    construction, so that reports with dangling references can be loaded and the
    validators (`diplomod.validate`) can report them.
    """

    document: Document
    """The article."""
    actors: tuple[Actor, ...] = ()
    """People, organizations and states."""
    meetings: tuple[Meeting, ...] = ()
    """Talks, visits, summits, calls, press conferences."""
    proposals: tuple[Proposal, ...] = ()
    """Deals, frameworks, plans and offers."""
    demands: tuple[Demand, ...] = ()
    """Conditions actors set."""
    casualty_claims: tuple[CasualtyClaim, ...] = ()
    """Claimed counts of people killed, injured, displaced, held or released."""
    citations: tuple[Citation, ...] = ()
    """Sources the article lists in a reference section."""

    @field_validator(*_COLLECTIONS)
    @classmethod
    def _check_collection(cls, items: tuple[Any, ...], info: ValidationInfo) -> tuple[Any, ...]:
        document: Document | None = info.data.get("document")
        if document is not None and document.text is not None and not all(
                _span_fits(ev, document) for ev in _all_evidence(items, [])):
            for index, item in enumerate(items):  # again, with paths, for the message
                for path, ev in _walk_evidence(item, f"[{index}]"):
                    _check_span(ev, document, f"{info.field_name}{path}")
        ids = [item.id for item in items]
        for name in _COLLECTIONS:
            if name == info.field_name:
                break
            ids.extend(item.id for item in info.data.get(name, ()))
        repeated = [i for i, n in Counter(ids).items() if n > 1]
        if repeated:
            raise ValueError(
                "must have ids unique across the report "
                f"(got {', '.join(map(repr, repeated))} more than once)"
            )
        return items

    # -- lookup ------------------------------------------------------------------
    def actor(self, key: str) -> Actor:
        """The actor with id ``key``, or else the one whose name or alias is ``key``
        (compared with case, accents and hyphens folded).

        Raises:
            UnknownActorError: no actor has that id, name or alias.
        """
        for actor in self.actors:
            if actor.id == key:
                return actor
        folded = fold_name(key)
        for actor in self.actors:
            if any(fold_name(n) == folded for n in actor.names):
                return actor
        names = ", ".join(repr(a.name) for a in self.actors[:8])
        raise UnknownActorError(key, f"actors are {names}" if names else "it has no actors")

    def has_actor(self, actor_id: str) -> bool:
        """Whether an actor with this id is in the report."""
        return any(a.id == actor_id for a in self.actors)

    @property
    def actor_ids(self) -> frozenset[str]:
        """The ids of every actor."""
        return frozenset(a.id for a in self.actors)

    def iter_evidence(self) -> Iterator[tuple[str, Evidence]]:
        """Every piece of evidence with the path of the object holding it."""
        for name in _COLLECTIONS:
            for index, item in enumerate(getattr(self, name)):
                yield from _walk_evidence(item, f"{name}[{index}]")

    def objects(self) -> Iterator[Model]:
        """Every top-level object: actors, meetings, proposals, demands, claims, citations."""
        for name in _COLLECTIONS:
            yield from getattr(self, name)

    def counts(self) -> dict[str, int]:
        """How many objects of each type the report holds."""
        return {name: len(getattr(self, name)) for name in _COLLECTIONS}

    # -- serialization -----------------------------------------------------------------
    def to_gold(self) -> dict[str, Any]:
        """The report in the gold annotation format ``diplomod-gold/1`` (a JSON-ready
        dict). Evidence, ids, roles' tenure and citations are not part of that format."""
        from diplomod.gold import report_to_gold

        return report_to_gold(self)

    @classmethod
    def from_gold(
        cls, source: Mapping[str, Any] | str | Path, *, text: str | None = None
    ) -> Report:
        """Load a gold annotation (a dict, JSON text, or a path to a ``.json`` file).

        Actors get ids made from their names; references by name are resolved to
        those ids. ``text``, if given, is kept as the document's text.

        Raises:
            GoldFormatError: the data does not follow ``diplomod-gold/1``; the message
                names the place and the bad value.
        """
        from diplomod.gold import report_from_gold

        return report_from_gold(source, text=text)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of a report's JSON form."""
        return cls.model_json_schema(mode="serialization")

    def summary(self) -> str:
        """A one-line summary: document id and the count of each type."""
        parts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in self.counts().items())
        return f"Report({self.document.id}: {parts})"


def _span_fits(ev: Evidence, document: Document) -> bool:
    """Whether `_check_span` would accept ``ev``."""
    if ev.document_id != document.id or ev.start is None or ev.end is None:
        return True
    text = document.text or ""
    return ev.end <= len(text) and (ev.quote is None or text[ev.start:ev.end] == ev.quote)


def _check_span(ev: Evidence, document: Document, path: str) -> None:
    if ev.document_id != document.id or ev.start is None or ev.end is None:
        return
    text = document.text or ""
    if ev.end > len(text):
        raise ValueError(
            f"must have evidence inside document {document.id!r} ({len(text)} characters): "
            f"{path} spans {ev.start}:{ev.end} (got end {ev.end})"
        )
    if ev.quote is not None and text[ev.start : ev.end] != ev.quote:
        raise ValueError(
            f"must have evidence quoting its document exactly: {path} spans {ev.start}:{ev.end}"
            f", which reads {text[ev.start:ev.end]!r} (got quote {ev.quote!r})"
        )
