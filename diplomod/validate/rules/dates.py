"""Date rules (``D1xx``): dates against the article's publication, and a cited source's
dates against each other."""

from __future__ import annotations

from collections.abc import Iterator

from diplomod.model.report import Report
from diplomod.partial_date import PartialDate
from diplomod.validate._describe import (
    actor_name,
    citation_label,
    claim_label,
    demand_label,
    meeting_label,
    proposal_label,
)
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.rules._builtin import BUILTIN

__all__ = [
    "as_of_after_publication",
    "citation_accessed_before_published",
    "citation_published_after_document",
    "event_after_publication",
    "meeting_after_publication",
    "scheduled_meeting_in_past",
]


def _published(report: Report) -> PartialDate | None:
    day = report.document.published
    return PartialDate.from_date(day) if day is not None else None


@BUILTIN.rule(
    "D101", "meeting-after-publication", severity="error",
    rationale="An article cannot report as done a meeting dated after it appeared; "
    "such a meeting is scheduled, or its date is wrong.",
)
def meeting_after_publication(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A meeting dated certainly after the article's publication is not marked
    scheduled.

    Relative dates ("on Tuesday") resolved forward instead of back produce this. A date
    known only to the month or approximately is flagged only when every day it can be
    falls after publication. Error: the report says a meeting happened that, by its own
    dates, had not yet happened.

    **Anti-pattern** (article published 2024-02-13):

    ```python
    Meeting(id="m1", kind="talks", date="2024-02-20", location="Cairo", outcome="progress")
    ```

    **Fix**: mark it scheduled, or correct the date.

    ```python
    Meeting(id="m1", kind="talks", date="2024-02-20", location="Cairo", outcome="scheduled")
    ```
    """
    published = _published(report)
    if published is None:
        return
    for meeting in report.meetings:
        if meeting.date is not None and meeting.date.is_after(published) and (
            not meeting.is_scheduled
        ):
            yield ctx.finding(
                f"{meeting_label(meeting, with_date=False)} is dated {meeting.date}, after "
                f"the article's publication on {published}, but its outcome is "
                f"'{meeting.outcome.value}', not 'scheduled'; mark it scheduled if it is "
                "still to come, or correct the date",
                meeting,
            )


@BUILTIN.rule(
    "D102", "as-of-after-publication", severity="error",
    rationale="A figure cannot describe a date after the article that states it.",
)
def as_of_after_publication(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A casualty figure's ``as_of`` date lies certainly after the article's publication.

    Error: an article can only report figures as of its own time or earlier.

    **Anti-pattern** (article published 2024-02-13):

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=28000), as_of="2024-03-01")
    ```

    **Fix**: correct ``as_of`` (or leave it ``None`` when the figure is as of publication).

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=28000), as_of="2024-02-12")
    ```
    """
    published = _published(report)
    if published is None:
        return
    for claim in report.casualty_claims:
        if claim.as_of is not None and claim.as_of.is_after(published):
            yield ctx.finding(
                f"{claim_label(claim)} is given as of {claim.as_of}, after the article's "
                f"publication on {published}; correct 'as_of'",
                claim,
            )


@BUILTIN.rule(
    "D103", "citation-accessed-before-published", severity="error",
    rationale="Nobody can read a source before it exists; one of the two dates is wrong.",
)
def citation_accessed_before_published(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A cited source was accessed certainly before it was published.

    Seed article 000 lists four sources "Published on February 13, 2024 ...
    {Accessed February 10, 2024}". Error: the reference list contradicts itself.

    **Anti-pattern**:

    ```python
    Citation(id="ref-1", publisher="Aawsat", title="Truce Talks Open in Cairo ...",
             published="2024-02-13", accessed="2024-02-10")
    ```

    **Fix**: correct the access date (or the publication date) in the reference list.

    ```python
    Citation(id="ref-1", publisher="Aawsat", title="Truce Talks Open in Cairo ...",
             published="2024-02-13", accessed="2024-02-14")
    ```
    """
    for citation in report.citations:
        if citation.published is not None and citation.accessed is not None and (
            citation.accessed.is_before(citation.published)
        ):
            yield ctx.finding(
                f"{citation_label(citation)} was accessed {citation.accessed}, before it "
                f"was published {citation.published}; correct one of the two dates",
                citation,
            )


@BUILTIN.rule(
    "D104", "event-after-publication", severity="warning",
    rationale="A proposal, status change or demand dated after the article was "
    "published is usually a date resolved the wrong way.",
)
def event_after_publication(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A proposal, a status change or a demand is dated certainly after the article's
    publication.

    Unlike meetings, these have no "scheduled" marker, and an article may announce a
    proposal to be tabled later, so this is a warning rather than an error.

    **Anti-pattern** (article published 2024-02-13):

    ```python
    Demand(id="d1", by="hamas", category="permanent_ceasefire", date="2024-02-18")
    ```

    **Fix**: correct the date (a "Sunday" in an article of Tuesday 2024-02-13 is
    2024-02-11).

    ```python
    Demand(id="d1", by="hamas", category="permanent_ceasefire", date="2024-02-11")
    ```
    """
    published = _published(report)
    if published is None:
        return
    for proposal in report.proposals:
        if proposal.date is not None and proposal.date.is_after(published):
            yield ctx.finding(
                f"{proposal_label(proposal)} is dated {proposal.date}, after the article's "
                f"publication on {published}; check the date",
                proposal,
            )
        for change in proposal.history:
            if change.date is not None and change.date.is_after(published):
                who = actor_name(report, change.actor_id) if change.actor_id else "someone"
                yield ctx.finding(
                    f"{proposal_label(proposal)} has '{change.status.value}' by "
                    f"{who!r} dated {change.date}, after the article's publication on "
                    f"{published}; check the date",
                    proposal, change,
                )
    for demand in report.demands:
        if demand.date is not None and demand.date.is_after(published):
            yield ctx.finding(
                f"{demand_label(report, demand)} is dated {demand.date}, after the "
                f"article's publication on {published}; check the date",
                demand,
            )


@BUILTIN.rule(
    "D105", "scheduled-meeting-in-past", severity="info",
    rationale="A meeting still 'scheduled' on a day before the article appeared may "
    "have taken place since; its outcome may be stale.",
)
def scheduled_meeting_in_past(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A meeting marked scheduled is dated certainly before the article's publication.

    Articles are often written a day or two before they appear, so this is only
    information: check whether the meeting took place and what came of it.

    **Anti-pattern** (article published 2024-02-15):

    ```python
    Meeting(id="m2", kind="talks", date="2024-02-14", location="Cairo", outcome="scheduled")
    ```

    **Fix**: where the article (or a later one) says how it went, record the outcome.

    ```python
    Meeting(id="m2", kind="talks", date="2024-02-14", location="Cairo", outcome="ongoing")
    ```
    """
    published = _published(report)
    if published is None:
        return
    for meeting in report.meetings:
        if meeting.is_scheduled and meeting.date is not None and (
            meeting.date.is_before(published)
        ):
            yield ctx.finding(
                f"{meeting_label(meeting, with_date=False)} is marked scheduled for "
                f"{meeting.date}, before the article's publication on {published}; check "
                "whether it took place",
                meeting,
            )


@BUILTIN.rule(
    "D106", "citation-published-after-document", severity="warning",
    rationale="An article cannot cite a source that appeared after it, unless the "
    "article was updated later than its stated date.",
)
def citation_published_after_document(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A cited source was published certainly after the article that cites it.

    A warning: an article updated after its first publication can cite later sources.

    **Anti-pattern** (article published 2024-02-15):

    ```python
    Citation(id="ref-3", publisher="Reuters", published="2024-02-24")
    ```

    **Fix**: correct the source's date, or the article's publication date.

    ```python
    Citation(id="ref-3", publisher="Reuters", published="2024-02-14")
    ```
    """
    published = _published(report)
    if published is None:
        return
    for citation in report.citations:
        if citation.published is not None and citation.published.is_after(published):
            yield ctx.finding(
                f"{citation_label(citation)} was published {citation.published}, after the "
                f"article citing it ({published}); check both dates",
                citation,
            )
