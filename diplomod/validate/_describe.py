"""How findings name objects and values: short, unambiguous labels."""

from __future__ import annotations

from diplomod.model.actor import Actor
from diplomod.model.casualty import CasualtyClaim, Figure
from diplomod.model.demand import Demand
from diplomod.model.document import Citation
from diplomod.model.meeting import Meeting
from diplomod.model.proposal import Proposal
from diplomod.model.report import Report
from diplomod.vocab import Qualifier

__all__ = [
    "actor_label",
    "actor_name",
    "citation_label",
    "claim_label",
    "demand_label",
    "figure_text",
    "meeting_label",
    "proposal_label",
    "quoted",
    "source_label",
]

_MAX = 60


def quoted(text: str, limit: int = _MAX) -> str:
    """``'text'``, cut with an ellipsis past ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return f"'{text}'"


def actor_name(report: Report, actor_id: str) -> str:
    """The name of the actor with this id, or the id itself when there is none."""
    for actor in report.actors:
        if actor.id == actor_id:
            return actor.name
    return actor_id


def actor_label(actor: Actor) -> str:
    """``actor 'David Barnea'``."""
    return f"{actor.kind.value} {quoted(actor.name)}"


def meeting_label(meeting: Meeting, *, with_date: bool = True) -> str:
    """``meeting 'meeting-1' (talks in Cairo on 2024-02-13)``."""
    parts = [meeting.kind.value.replace("_", " ")]
    if meeting.location:
        parts.append(f"in {meeting.location}")
    if meeting.date is not None and with_date:
        parts.append(f"on {meeting.date}")
    return f"meeting '{meeting.id}' ({' '.join(parts)})"


def proposal_label(proposal: Proposal) -> str:
    """``proposal 'Paris framework'`` or ``proposal 'proposal-2'``."""
    return f"proposal {quoted(proposal.name)}" if proposal.name else f"proposal '{proposal.id}'"


def demand_label(report: Report, demand: Demand) -> str:
    """``demand 'demand-1' (Hamas: permanent_ceasefire)``."""
    return f"demand '{demand.id}' ({actor_name(report, demand.by)}: {demand.category.value})"


_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.ABOUT: "about ",
    Qualifier.NEARLY: "nearly ",
    Qualifier.UP_TO: "up to ",
    Qualifier.RANGE: "",
}


def figure_text(figure: Figure) -> str:
    """``more than 28,000``; ``35 to 40``."""
    if figure.high is not None and figure.qualifier is Qualifier.RANGE:
        return f"{figure.count:,} to {figure.high:,}"
    text = f"{_QUALIFIER_WORDS[figure.qualifier]}{figure.count:,}"
    if figure.high is not None and figure.high != figure.count:
        text += f" (high {figure.high:,})"
    return text


def claim_label(claim: CasualtyClaim) -> str:
    """``claim 'casualty-3' (killed: more than 28,000 people in the Gaza Strip)``."""
    what = figure_text(claim.figure)
    if claim.group:
        what += f" {claim.group}"
    return f"claim '{claim.id}' ({claim.kind.value}: {quoted(what, 70)[1:-1]})"


def source_label(report: Report, claim: CasualtyClaim, *,
                 own: str = "in the article's own voice") -> str:
    """Who claims a figure: ``per 'Gaza health ministry'``, or ``own`` for a figure the
    article states in its own voice."""
    if claim.claimed_by:
        return f"per {quoted(claim.claimed_by)}"
    if claim.claimant_id:
        return f"per {quoted(actor_name(report, claim.claimant_id))}"
    return own


def citation_label(citation: Citation) -> str:
    """``citation 'Aawsat: Truce Talks Open in Cairo ...'``."""
    parts = [p for p in (citation.publisher, citation.title) if p]
    return f"citation {quoted(': '.join(parts))}" if parts else f"citation '{citation.id}'"
