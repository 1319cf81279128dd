"""The gold annotation format ``diplomod-gold/1``: read it into a Report, write a Report
out in it, and its JSON Schema.

The format (see ``docs/gold-format.md``) refers to actors by name. Loading
gives each actor an id made from its name and resolves every reference to it; a
reference to a name that no actor has is kept as the id itself, so that
`diplomod.validate` can report it and writing the report back gives the same name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from diplomod.errors import GoldFormatError
from diplomod.model._base import _format_loc, _format_message
from diplomod.model.actor import Actor, Role
from diplomod.model.casualty import CasualtyClaim, Figure
from diplomod.model.demand import Demand
from diplomod.model.document import Document
from diplomod.model.evidence import Evidence
from diplomod.model.meeting import Meeting, Participant
from diplomod.model.proposal import Phase, Proposal, StatusChange
from diplomod.model.report import Report, fold_name
from diplomod.partial_date import PartialDate
from diplomod.vocab import (
    ActorKind,
    CasualtyKind,
    DemandCategory,
    MeetingKind,
    MeetingOutcome,
    ProposalStatus,
    Qualifier,
)

__all__ = [
    "GOLD_FORMAT",
    "gold_json_schema",
    "load_gold",
    "report_from_gold",
    "report_to_gold",
    "slugify",
]

GOLD_FORMAT = "diplomod-gold/1"

_GOLD_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldDocument(_Strict):
    id: str = Field(min_length=1)
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None


class GoldActor(_Strict):
    name: str = Field(min_length=1)
    kind: ActorKind
    country: str | None = None
    titles: list[str] = []
    aliases: list[str] = []


class GoldMeeting(_Strict):
    date: str | None = Field(default=None, pattern=_GOLD_DATE)
    location: str | None = None
    participants: list[str] = []
    kind: MeetingKind
    outcome: MeetingOutcome = MeetingOutcome.UNKNOWN


class GoldPhase(_Strict):
    index: int = Field(ge=1)
    duration_days: int | None = Field(default=None, ge=0)
    terms: list[DemandCategory] = []


class GoldProposal(_Strict):
    name: str | None = None
    proposed_by: list[str] = []
    status: ProposalStatus = ProposalStatus.UNKNOWN
    accepted_by: list[str] = []
    rejected_by: list[str] = []
    phases: list[GoldPhase] = []
    total_duration_days: int | None = Field(default=None, ge=0)


class GoldDemand(_Strict):
    by: str = Field(min_length=1)
    category: DemandCategory
    addressed_to: str | None = None


class GoldCasualtyClaim(_Strict):
    kind: CasualtyKind
    count: int = Field(ge=0)
    high: int | None = Field(default=None, ge=0)
    qualifier: Qualifier = Qualifier.EXACT
    group: str | None = None
    claimed_by: str | None = None
    as_of: str | None = Field(default=None, pattern=_GOLD_DATE)


class GoldFile(_Strict):
    """One gold annotation file, ``diplomod-gold/1``."""

    format: Literal["diplomod-gold/1"]
    document: GoldDocument
    actors: list[GoldActor] = []
    meetings: list[GoldMeeting] = []
    proposals: list[GoldProposal] = []
    demands: list[GoldDemand] = []
    casualty_claims: list[GoldCasualtyClaim] = []


def gold_json_schema() -> dict[str, Any]:
    """The JSON Schema of a ``diplomod-gold/1`` file."""
    schema = GoldFile.model_json_schema()
    schema["title"] = "diplomod-gold/1"
    return schema


# -- ids -------------------------------------------------------------------------------
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A lower-case ASCII id made from a name: ``"Abdel Fattah el-Sisi"`` ->
    ``"abdel-fattah-el-sisi"``. Never empty."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_name.lower()).strip("-")
    return slug[:80].strip("-") or "x"


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


# -- reading -------------------------------------------------------------------------
def load_gold(source: Mapping[str, Any] | str | Path) -> tuple[dict[str, Any], str | None]:
    """Read gold data from a mapping, JSON text or a file path.

    Returns the data and the file name (``None`` for in-memory data)."""
    if isinstance(source, Mapping):
        return dict(source), None
    name: str | None = None
    if isinstance(source, Path) or not source.lstrip().startswith("{"):
        path = Path(source)
        name = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GoldFormatError("no such file", source=name) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(f"cannot be read: {exc}", source=name) from None
    else:
        text = source
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"is not valid JSON: {exc}", source=name) from None
    if not isinstance(data, dict):
        raise GoldFormatError(f"must be a JSON object (got {type(data).__name__})", source=name)
    return data, name


def _parse_gold(data: dict[str, Any], source: str | None) -> GoldFile:
    if data.get("format") != GOLD_FORMAT:
        raise GoldFormatError(
            f"'format' must be {GOLD_FORMAT!r} (got {data.get('format')!r})",
            path="format", source=source,
        )
    try:
        return GoldFile.model_validate(data)
    except pydantic.ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise GoldFormatError(
            f"{_format_message(first['msg'])} (got {first.get('input')!r}){more}",
            path=_format_loc(tuple(first["loc"])), source=source,
        ) from None


def report_from_gold(
    source: Mapping[str, Any] | str | Path, *, text: str | None = None
) -> Report:
    """Load a ``diplomod-gold/1`` annotation into a `Report`. See `Report.from_gold`."""
    data, name = load_gold(source)
    gold = _parse_gold(data, name)
    doc_id = gold.document.id
    evidence = (Evidence.gold(doc_id),)

    taken: set[str] = set()
    by_name: dict[str, str] = {}
    by_folded: dict[str, str] = {}
    actors: list[Actor] = []
    for i, ga in enumerate(gold.actors):
        actor_id = _unique(slugify(ga.name), taken)
        if ga.name in by_name:
            raise GoldFormatError(
                f"actor names must be unique (got {ga.name!r} twice)",
                path=f"actors[{i}].name", source=name,
            )
        by_name[ga.name] = actor_id
        by_folded.setdefault(fold_name(ga.name), actor_id)
        try:
            actors.append(Actor(
                id=actor_id, kind=ga.kind, name=ga.name, country=ga.country,
                aliases=tuple(ga.aliases),
                roles=tuple(Role(title=t, evidence=evidence) for t in ga.titles),
                evidence=evidence,
            ))
        except ValueError as exc:
            raise GoldFormatError(str(exc), path=f"actors[{i}]", source=name) from None

    def ref(actor_name: str) -> str:
        return by_name.get(actor_name) or by_folded.get(fold_name(actor_name)) or actor_name

    def date(value: str | None) -> PartialDate | None:
        return PartialDate.parse(value) if value else None

    try:
        report = Report(
            document=Document(
                id=doc_id, title=gold.document.title, publisher=gold.document.publisher,
                published=gold.document.published, text=text,
            ),
            actors=tuple(actors),
            meetings=tuple(
                Meeting(
                    id=f"meeting-{i + 1}", kind=gm.kind, date=date(gm.date),
                    location=gm.location, outcome=gm.outcome,
                    participants=tuple(Participant(actor_id=ref(p)) for p in gm.participants),
                    evidence=evidence,
                )
                for i, gm in enumerate(gold.meetings)
            ),
            proposals=tuple(
                Proposal(
                    id=f"proposal-{i + 1}", name=gp.name,
                    proposed_by=tuple(ref(p) for p in gp.proposed_by), status=gp.status,
                    history=tuple(
                        [StatusChange(status=ProposalStatus.ACCEPTED, actor_id=ref(a),
                                      evidence=evidence) for a in gp.accepted_by]
                        + [StatusChange(status=ProposalStatus.REJECTED, actor_id=ref(a),
                                        evidence=evidence) for a in gp.rejected_by]
                    ),
                    phases=tuple(
                        Phase(index=ph.index, duration_days=ph.duration_days,
                              terms=tuple(ph.terms), evidence=evidence)
                        for ph in gp.phases
                    ),
                    total_duration_days=gp.total_duration_days,
                    evidence=evidence,
                )
                for i, gp in enumerate(gold.proposals)
            ),
            demands=tuple(
                Demand(
                    id=f"demand-{i + 1}", by=ref(gd.by), category=gd.category,
                    addressed_to=ref(gd.addressed_to) if gd.addressed_to else None,
                    evidence=evidence,
                )
                for i, gd in enumerate(gold.demands)
            ),
            casualty_claims=tuple(
                CasualtyClaim(
                    id=f"casualty-{i + 1}", kind=gc.kind,
                    figure=Figure(count=gc.count, high=gc.high, qualifier=gc.qualifier),
                    group=gc.group, as_of=date(gc.as_of), claimed_by=gc.claimed_by,
                    claimant_id=(by_name.get(gc.claimed_by) or by_folded.get(
                        fold_name(gc.claimed_by))) if gc.claimed_by else None,
                    evidence=evidence,
                )
                for i, gc in enumerate(gold.casualty_claims)
            ),
        )
    except ValueError as exc:
        raise GoldFormatError(str(exc), source=name) from None
    return report


# -- writing -------------------------------------------------------------------------
def _gold_date(value: PartialDate | None) -> str | None:
    """A date as the gold format writes it: ``YYYY-MM-DD`` or ``YYYY-MM``; a date known
    only to the year has no gold form and is written as null (the report keeps it)."""
    if value is None or value.month is None:
        return None
    return value.isoformat(with_approximate=False)


def report_to_gold(report: Report) -> dict[str, Any]:
    """Write a `Report` as a ``diplomod-gold/1`` dict. See `Report.to_gold`."""
    names: dict[str, str] = {}
    for actor in report.actors:
        if actor.name in names.values():
            raise GoldFormatError(
                f"two actors are named {actor.name!r}; the gold format refers to actors by "
                "name, so names must be unique", path="actors",
            )
        names[actor.id] = actor.name

    def name(actor_id: str) -> str:
        return names.get(actor_id, actor_id)

    doc = report.document
    return {
        "format": GOLD_FORMAT,
        "document": {
            "id": doc.id,
            "title": doc.title,
            "publisher": doc.publisher,
            "published": doc.published.isoformat() if doc.published else None,
        },
        "actors": [
            {
                "name": a.name,
                "kind": a.kind.value,
                "country": a.country,
                "titles": list(a.titles),
                "aliases": list(a.aliases),
            }
            for a in report.actors
        ],
        "meetings": [
            {
                "date": _gold_date(m.date),
                "location": m.location,
                "participants": [name(i) for i in m.participant_ids],
                "kind": m.kind.value,
                "outcome": m.outcome.value,
            }
            for m in report.meetings
        ],
        "proposals": [
            {
                "name": p.name,
                "proposed_by": [name(i) for i in p.proposed_by],
                "status": p.status.value,
                "accepted_by": [name(i) for i in p.accepted_by],
                "rejected_by": [name(i) for i in p.rejected_by],
                "phases": [
                    {
                        "index": ph.index,
                        "duration_days": ph.duration_days,
                        "terms": [t.value for t in ph.terms],
                    }
                    for ph in p.phases
                ],
                "total_duration_days": p.total_duration_days,
            }
            for p in report.proposals
        ],
        "demands": [
            {
                "by": name(d.by),
                "category": d.category.value,
                "addressed_to": name(d.addressed_to) if d.addressed_to else None,
            }
            for d in report.demands
        ],
        "casualty_claims": [
            {
                "kind": c.kind.value,
                "count": c.count,
                "high": c.high,
                "qualifier": c.qualifier.value,
                "group": c.group,
                "claimed_by": c.claimed_by,
                "as_of": _gold_date(c.as_of),
            }
            for c in report.casualty_claims
        ],
    }
