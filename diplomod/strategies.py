"""Hypothesis strategies that build valid diplomod objects, for property-based tests.

Needs the ``hypothesis`` package (``pip install 'diplomod[strategies]'``).

>>> from hypothesis import given
>>> from diplomod import strategies as dst
>>> @given(dst.reports())
... def test_round_trip(report):
...     assert type(report).from_json(report.to_json()) == report

Each strategy is named after what it builds and takes keyword arguments that narrow
it. Strategies that build objects referring to actors (`meetings`, `proposals`,
`demands`) take the ``actor_ids`` to choose from; `reports` ties everything together
so every reference resolves, every id is unique and every evidence span quotes the
document's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "diplomod.strategies needs hypothesis: pip install 'diplomod[strategies]'"
    ) from exc

from diplomod.country import _alpha3_names
from diplomod.model import (
    Actor,
    CasualtyClaim,
    Citation,
    Demand,
    Document,
    Evidence,
    Figure,
    Meeting,
    Participant,
    Phase,
    Proposal,
    Report,
    Role,
    StatusChange,
)
from diplomod.partial_date import PartialDate
from diplomod.vocab import (
    ActorKind,
    Capacity,
    CasualtyKind,
    DemandCategory,
    EvidenceOrigin,
    MeetingKind,
    MeetingOutcome,
    ProposalStatus,
    Qualifier,
    Verification,
)

__all__ = [
    "actors",
    "casualty_claims",
    "citations",
    "country_codes",
    "demands",
    "documents",
    "evidence",
    "figures",
    "identifiers",
    "meetings",
    "names",
    "partial_dates",
    "phases",
    "proposals",
    "reports",
    "roles",
]

_MIN_DATE = dt.date(1945, 1, 1)
_MAX_DATE = dt.date(2099, 12, 31)

_LETTERS = st.characters(
    categories=("Lu", "Ll", "Lt", "Lo", "Nd"), exclude_characters="\x00", max_codepoint=0x2FFF
)


def identifiers(prefix: str = "id") -> st.SearchStrategy[str]:
    """Ids such as ``id-3f``: a prefix, a dash and a short lower-case tail."""
    return st.text("abcdef0123456789", min_size=1, max_size=6).map(lambda s: f"{prefix}-{s}")


def names(*, max_words: int = 4) -> st.SearchStrategy[str]:
    """Plausible names: one to ``max_words`` words of letters (any script), single spaces."""
    word = st.text(_LETTERS, min_size=1, max_size=10)
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


def country_codes() -> st.SearchStrategy[str]:
    """Known ISO 3166-1 alpha-3 codes."""
    return st.sampled_from(sorted(_alpha3_names()))


def partial_dates(
    *,
    min_value: dt.date = _MIN_DATE,
    max_value: dt.date = _MAX_DATE,
    approximate: bool | None = None,
) -> st.SearchStrategy[PartialDate]:
    """Dates at day, month or year precision between two days, some approximate
    (``approximate=False`` or ``True`` to fix the flag)."""
    flags = st.booleans() if approximate is None else st.just(approximate)

    def build(day: dt.date, precision: int, approx: bool) -> PartialDate:
        return PartialDate(
            day.year,
            day.month if precision >= 1 else None,
            day.day if precision == 2 else None,
            approximate=approx,
        )

    return st.builds(
        build, st.dates(min_value=min_value, max_value=max_value), st.integers(0, 2), flags
    )


def evidence(
    *, document_id: str | None = None, text: str | None = None
) -> st.SearchStrategy[Evidence]:
    """Evidence. With ``text`` (and ``document_id``), extracted evidence quoting a span of
    it; otherwise hand-made or gold evidence without a span."""
    if text:
        doc_id = document_id or "doc-1"

        @st.composite
        def spanned(draw: st.DrawFn) -> Evidence:
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            return Evidence(
                document_id=doc_id, start=start, end=end, quote=text[start:end],
                attribution=draw(st.none() | names()),
                rule=draw(st.none() | st.sampled_from(["kb/actor", "meeting/verb", "figure"])),
            )

        return spanned()
    return st.one_of(
        st.builds(Evidence.manual, names(), document_id=st.none() | st.just(document_id)),
        st.just(Evidence(origin=EvidenceOrigin.GOLD, document_id=document_id)),
    )


def _evidence_tuples(document_id: str | None, text: str | None) -> st.SearchStrategy[Any]:
    return st.lists(evidence(document_id=document_id, text=text), max_size=2).map(tuple)


def roles(
    *, document_id: str | None = None, text: str | None = None
) -> st.SearchStrategy[Role]:
    """Roles with a title, maybe a country, and a tenure whose end is not before its start."""

    @st.composite
    def build(draw: st.DrawFn) -> Role:
        start = draw(st.none() | partial_dates())
        end = draw(st.none() | partial_dates())
        if start is not None and end is not None and end.is_before(start):
            start, end = end, start
        return Role(
            title=draw(names(max_words=5)),
            country=draw(st.none() | country_codes()),
            start=start, end=end,
            evidence=draw(_evidence_tuples(document_id, text)),
        )

    return build()


def actors(
    *,
    kind: ActorKind | str | None = None,
    actor_id: str | None = None,
    name: str | None = None,
    document_id: str | None = None,
    text: str | None = None,
) -> st.SearchStrategy[Actor]:
    """Actors of any kind (or ``kind``); states always have a country."""

    @st.composite
    def build(draw: st.DrawFn) -> Actor:
        chosen = ActorKind(kind) if kind is not None else draw(st.sampled_from(list(ActorKind)))
        country = draw(country_codes()) if chosen is ActorKind.STATE else draw(
            st.none() | country_codes())
        actor_name = name if name is not None else draw(names())
        alias_list = draw(st.lists(names(), max_size=3, unique=True))
        return Actor(
            id=actor_id or draw(identifiers("actor")),
            kind=chosen,
            name=actor_name,
            aliases=tuple(a for a in alias_list if a != actor_name),
            country=country,
            roles=tuple(draw(st.lists(roles(document_id=document_id, text=text), max_size=2)))
            if chosen is ActorKind.PERSON else (),
            evidence=draw(_evidence_tuples(document_id, text)),
        )

    return build()


def _some_of(ids: Sequence[str], *, max_size: int = 4) -> st.SearchStrategy[tuple[str, ...]]:
    if not ids:
        return st.just(())
    return st.lists(st.sampled_from(list(ids)), max_size=max_size, unique=True).map(tuple)


def _one_of_or_none(ids: Sequence[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(list(ids)) if ids else st.none()


def meetings(
    *,
    actor_ids: Sequence[str] = (),
    meeting_id: str | None = None,
    document_id: str | None = None,
    text: str | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings whose participants are drawn from ``actor_ids``."""

    @st.composite
    def build(draw: st.DrawFn) -> Meeting:
        chosen = draw(_some_of(actor_ids))
        return Meeting(
            id=meeting_id or draw(identifiers("meeting")),
            kind=draw(st.sampled_from(list(MeetingKind))),
            date=draw(st.none() | partial_dates()),
            location=draw(st.none() | names(max_words=2)),
            participants=tuple(
                Participant(actor_id=a, capacity=draw(st.sampled_from(list(Capacity))))
                for a in chosen
            ),
            outcome=draw(st.sampled_from(list(MeetingOutcome))),
            evidence=draw(_evidence_tuples(document_id, text)),
        )

    return build()


def phases(
    *, index: int | None = None, document_id: str | None = None, text: str | None = None
) -> st.SearchStrategy[Phase]:
    """Phases (index from 1, non-negative duration or none)."""
    return st.builds(
        Phase,
        index=st.just(index) if index is not None else st.integers(1, 10),
        duration_days=st.none() | st.integers(0, 3650),
        terms=st.lists(st.sampled_from(list(DemandCategory)), max_size=3, unique=True).map(tuple),
        description=st.none() | names(max_words=6),
        evidence=_evidence_tuples(document_id, text),
    )


def proposals(
    *,
    actor_ids: Sequence[str] = (),
    proposal_id: str | None = None,
    document_id: str | None = None,
    text: str | None = None,
) -> st.SearchStrategy[Proposal]:
    """Proposals with phases numbered 1..n, proposers and a status history drawn from
    ``actor_ids``."""

    @st.composite
    def build(draw: st.DrawFn) -> Proposal:
        n_phases = draw(st.integers(0, 4))
        history = tuple(
            StatusChange(
                status=draw(st.sampled_from([ProposalStatus.ACCEPTED, ProposalStatus.REJECTED,
                                             ProposalStatus.PROPOSED])),
                actor_id=draw(_one_of_or_none(actor_ids)),
                date=draw(st.none() | partial_dates()),
                evidence=draw(_evidence_tuples(document_id, text)),
            )
            for _ in range(draw(st.integers(0, 3)))
        )
        return Proposal(
            id=proposal_id or draw(identifiers("proposal")),
            name=draw(st.none() | names(max_words=3)),
            proposed_by=draw(_some_of(actor_ids, max_size=3)),
            status=draw(st.sampled_from(list(ProposalStatus))),
            history=history,
            phases=tuple(
                draw(phases(index=i + 1, document_id=document_id, text=text))
                for i in range(n_phases)
            ),
            total_duration_days=draw(st.none() | st.integers(0, 3650)),
            date=draw(st.none() | partial_dates()),
            evidence=draw(_evidence_tuples(document_id, text)),
        )

    return build()


def demands(
    *,
    actor_ids: Sequence[str],
    demand_id: str | None = None,
    document_id: str | None = None,
    text: str | None = None,
) -> st.SearchStrategy[Demand]:
    """Demands by one of ``actor_ids`` (which must not be empty), maybe addressed to
    another."""
    if not actor_ids:
        raise ValueError("demands() needs at least one actor id to draw 'by' from")
    return st.builds(
        Demand,
        id=st.just(demand_id) if demand_id else identifiers("demand"),
        by=st.sampled_from(list(actor_ids)),
        category=st.sampled_from(list(DemandCategory)),
        addressed_to=_one_of_or_none(actor_ids),
        text=st.none() | names(max_words=6),
        date=st.none() | partial_dates(),
        evidence=_evidence_tuples(document_id, text),
    )


def figures(*, max_count: int = 10_000_000) -> st.SearchStrategy[Figure]:
    """Figures whose upper bound, when given, is not below the count."""

    @st.composite
    def build(draw: st.DrawFn) -> Figure:
        qualifier = draw(st.sampled_from(list(Qualifier)))
        count = draw(st.integers(0, max_count))
        high = None
        if qualifier in (Qualifier.RANGE, Qualifier.UP_TO) or draw(st.booleans()):
            high = draw(st.integers(count, max_count + 1))
        return Figure(count=count, high=high, qualifier=qualifier,
                      text=draw(st.none() | names(max_words=3)))

    return build()


def casualty_claims(
    *,
    actor_ids: Sequence[str] = (),
    claim_id: str | None = None,
    document_id: str | None = None,
    text: str | None = None,
) -> st.SearchStrategy[CasualtyClaim]:
    """Casualty claims, their claimant (if any) drawn from ``actor_ids``."""
    return st.builds(
        CasualtyClaim,
        id=st.just(claim_id) if claim_id else identifiers("casualty"),
        kind=st.sampled_from(list(CasualtyKind)),
        figure=figures(),
        group=st.none() | names(max_words=4),
        location=st.none() | names(max_words=2),
        as_of=st.none() | partial_dates(),
        claimed_by=st.none() | names(max_words=4),
        claimant_id=_one_of_or_none(actor_ids),
        hedges=st.lists(st.sampled_from(["cannot be independently verified",
                                         "could not be confirmed", "reportedly"]),
                        max_size=2, unique=True).map(tuple),
        verification=st.sampled_from(list(Verification)),
        evidence=_evidence_tuples(document_id, text),
    )


def documents(*, with_text: bool | None = None, document_id: str | None = None,
              ) -> st.SearchStrategy[Document]:
    """Documents with or without text (``with_text`` to choose)."""
    texts: st.SearchStrategy[str | None]
    if with_text is None:
        texts = st.none() | st.text(min_size=1, max_size=400)
    elif with_text:
        texts = st.text(min_size=1, max_size=400)
    else:
        texts = st.none()
    return st.builds(
        Document,
        id=st.just(document_id) if document_id else identifiers("doc"),
        title=st.none() | names(max_words=8),
        publisher=st.none() | names(max_words=3),
        author=st.none() | names(max_words=3),
        published=st.none() | st.dates(min_value=_MIN_DATE, max_value=_MAX_DATE),
        url=st.none() | st.just("https://example.org/story"),
        text=texts,
    )


def citations(*, citation_id: str | None = None, document_id: str | None = None,
              text: str | None = None) -> st.SearchStrategy[Citation]:
    """Citations of other sources, with publication and access dates."""
    return st.builds(
        Citation,
        id=st.just(citation_id) if citation_id else identifiers("citation"),
        title=st.none() | names(max_words=8),
        publisher=st.none() | names(max_words=3),
        published=st.none() | partial_dates(),
        accessed=st.none() | partial_dates(),
        url=st.none() | st.just("https://example.org/source"),
        evidence=_evidence_tuples(document_id, text),
    )


def reports(
    *,
    min_actors: int = 0,
    max_actors: int = 6,
    max_items: int = 4,
    with_text: bool | None = None,
) -> st.SearchStrategy[Report]:
    """Whole reports: unique ids and actor names, every reference to a real actor of the
    report, and (when the document has text) every evidence span quoting it exactly."""

    @st.composite
    def build(draw: st.DrawFn) -> Report:
        doc = draw(documents(with_text=with_text))
        text = doc.text
        ev: dict[str, Any] = {"document_id": doc.id, "text": text}
        actor_names = draw(st.lists(names(), min_size=min_actors, max_size=max_actors,
                                    unique_by=str.casefold))
        actor_list = [
            draw(actors(actor_id=f"actor-{i}", name=n, **ev)) for i, n in enumerate(actor_names)
        ]
        ids = [a.id for a in actor_list]
        items = st.integers(0, max_items)
        return Report(
            document=doc,
            actors=tuple(actor_list),
            meetings=tuple(draw(meetings(actor_ids=ids, meeting_id=f"meeting-{i}", **ev))
                           for i in range(draw(items))),
            proposals=tuple(draw(proposals(actor_ids=ids, proposal_id=f"proposal-{i}", **ev))
                            for i in range(draw(items))),
            demands=tuple(draw(demands(actor_ids=ids, demand_id=f"demand-{i}", **ev))
                          for i in range(draw(items) if ids else 0)),
            casualty_claims=tuple(
                draw(casualty_claims(actor_ids=ids, claim_id=f"casualty-{i}", **ev))
                for i in range(draw(items))),
            citations=tuple(draw(citations(citation_id=f"citation-{i}", **ev))
                            for i in range(draw(st.integers(0, 2)))),
        )

    return build()
