"""Test cases per rule code, as data: for every code, reports that trigger it and
reports that stay clean. `test_rules.py` runs them; `test_every_rule_has_cases` makes
sure no rule goes without."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from diplomod import (
    Actor,
    CasualtyClaim,
    Citation,
    Demand,
    Document,
    Evidence,
    Figure,
    Meeting,
    Office,
    Participant,
    Phase,
    Proposal,
    Report,
    Role,
    StatusChange,
)

# -- builders --------------------------------------------------------------------------------
FEB_13 = dt.date(2024, 2, 13)
OCT_23 = dt.date(2024, 10, 23)


def doc(doc_id: str = "doc-1", published: dt.date | None = FEB_13) -> Document:
    return Document(id=doc_id, published=published)


def report(document: Document | None = None, **items: Any) -> Report:
    return Report(document=document or doc(), **items)


def person(actor_id: str, *titles: str | Role, country: str | None = None,
           kb_id: str | None = None) -> Actor:
    roles = tuple(Role(title=t) if isinstance(t, str) else t for t in titles)
    return Actor(id=actor_id, kind="person", name=actor_id.replace("-", " ").title(),
                 country=country, roles=roles, kb_id=kb_id)


def org(actor_id: str, name: str | None = None, country: str | None = None) -> Actor:
    return Actor(id=actor_id, kind="organization", name=name or actor_id.title(),
                 country=country)


def meeting(meeting_id: str, date: str | None, *actor_ids: str, location: str | None = "Cairo",
            outcome: str = "unknown", kind: str = "talks") -> Meeting:
    return Meeting(id=meeting_id, kind=kind, date=date, location=location, outcome=outcome,
                   participants=tuple(Participant(actor_id=a) for a in actor_ids))


def phases(*durations: int | None, start: int = 1, indices: Sequence[int] = ()) -> tuple[
        Phase, ...]:
    numbers = list(indices) or list(range(start, start + len(durations)))
    return tuple(Phase(index=i, duration_days=d) for i, d in zip(numbers, durations,
                                                                  strict=True))


def change(status: str, actor_id: str | None, date: str | None = None) -> StatusChange:
    return StatusChange(status=status, actor_id=actor_id, date=date)


def claim(claim_id: str, kind: str, count: int, *, high: int | None = None,
          qualifier: str = "exact", group: str | None = "Palestinians",
          claimed_by: str | None = None, as_of: str | None = None,
          hedges: tuple[str, ...] = (), verification: str = "unknown",
          evidence: tuple[Evidence, ...] = ()) -> CasualtyClaim:
    return CasualtyClaim(id=claim_id, kind=kind,
                         figure=Figure(count=count, high=high, qualifier=qualifier),
                         group=group, claimed_by=claimed_by, as_of=as_of, hedges=hedges,
                         verification=verification, evidence=evidence)


@attrs.frozen
class FakeKnowledge:
    """A `TenureSource` from two dicts."""

    roles: dict[str, tuple[Role, ...]] = attrs.field(factory=dict)
    offices: dict[str, Office] = attrs.field(factory=dict)

    def roles_of(self, kb_id: str) -> Sequence[Role]:
        return self.roles.get(kb_id, ())

    def office(self, office_id: str) -> Office | None:
        return self.offices.get(office_id)


GIS = "office/EGY/gis"
GIS_OFFICE = Office(id=GIS, title="Director of the General Intelligence Service",
                    type="intelligence_head", country="EGY", exclusive=True)
KB = FakeKnowledge(
    roles={
        "kamel": (Role(title="Director of the General Intelligence Service", office_id=GIS,
                       start="2018-06", end="2024-10-16"),),
        "rashad": (Role(title="Director of the General Intelligence Service", office_id=GIS,
                        start="2024-10-16"),),
    },
    offices={GIS: GIS_OFFICE},
)
KB_NOT_EXCLUSIVE = FakeKnowledge(offices={GIS: GIS_OFFICE.model_copy(
    update={"exclusive": False})})

SEED_000_CITATION = Citation(
    id="ref-1", publisher="Aawsat",
    title="Truce Talks Open in Cairo as Gazans Brace for Israeli Assault on Rafah",
    published="2024-02-13", accessed="2024-02-10",
    url="https://english.aawsat.com/arab-world/4852411-truce-talks-open-cairo-gazans-brace-"
        "israeli-assault-rafah",
)

# -- the cases ---------------------------------------------------------------------------------


@attrs.frozen
class Case:
    """Reports (validated together) and whether rule ``code`` must fire on them."""

    code: str
    name: str
    reports: tuple[Report, ...]
    triggers: bool
    knowledge: FakeKnowledge | None = None
    tolerance: float = 0.1
    message: str = ""
    """Words the first finding's message must contain (when ``triggers``)."""

    @property
    def id(self) -> str:
        return f"{self.code}-{'fires' if self.triggers else 'clean'}-{self.name}"


def fires(code: str, name: str, *reports: Report, message: str = "", **kw: Any) -> Case:
    return Case(code, name, reports, True, message=message, **kw)


def clean(code: str, name: str, *reports: Report, **kw: Any) -> Case:
    return Case(code, name, reports, False, **kw)


KAMEL_ENDED = Role(title="Egyptian intelligence chief", start="2018-06-28", end="2024-10-16")
OCT = doc(published=OCT_23)
HAMAS_IJ = (org("hamas", "Hamas", "PSE"), org("israel-org", "Israel"))

CASES: tuple[Case, ...] = (
    # D101 meeting-after-publication
    fires("D101", "after-publication", report(meetings=[meeting("m1", "2024-02-20")]),
          message="after the article's publication on 2024-02-13"),
    clean("D101", "scheduled", report(meetings=[
        meeting("m1", "2024-02-20", outcome="scheduled")])),
    clean("D101", "month-may-be-before", report(meetings=[meeting("m1", "2024-02")])),
    clean("D101", "no-publication-date", report(doc(published=None), meetings=[
        meeting("m1", "2024-02-20")])),
    # D102 as-of-after-publication
    fires("D102", "as-of-later", report(casualty_claims=[
        claim("c1", "killed", 28000, as_of="2024-03-01")]), message="as of 2024-03-01"),
    clean("D102", "as-of-earlier", report(casualty_claims=[
        claim("c1", "killed", 28000, as_of="2024-02-12")])),
    # D103 citation-accessed-before-published
    fires("D103", "seed-000-reference", report(doc("000_291bd1bec57b5fdf", dt.date(2024, 2, 15)),
                                               citations=[SEED_000_CITATION]),
          message="was accessed 2024-02-10, before it was published 2024-02-13"),
    clean("D103", "accessed-after", report(citations=[
        SEED_000_CITATION.model_copy(update={"accessed": "2024-02-14"})])),
    clean("D103", "accessed-month-only", report(citations=[
        SEED_000_CITATION.model_copy(update={"accessed": "2024-02"})])),
    # D104 event-after-publication
    fires("D104", "demand-later", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="hamas", category="permanent_ceasefire", date="2024-02-18")]),
        message="dated 2024-02-18"),
    fires("D104", "status-change-later", report(actors=HAMAS_IJ, proposals=[
        Proposal(id="p1", history=[change("rejected", "hamas", "2024-02-20")])])),
    clean("D104", "demand-earlier", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="hamas", category="permanent_ceasefire", date="2024-02-11")])),
    # D105 scheduled-meeting-in-past
    fires("D105", "scheduled-before", report(doc(published=dt.date(2024, 2, 15)), meetings=[
        meeting("m2", "2024-02-14", outcome="scheduled")]), message="marked scheduled"),
    clean("D105", "scheduled-after", report(meetings=[
        meeting("m2", "2024-02-14", outcome="scheduled")])),
    clean("D105", "not-scheduled", report(meetings=[meeting("m2", "2024-02-12")])),
    # D106 citation-published-after-document
    fires("D106", "later-source", report(citations=[
        Citation(id="r1", publisher="Reuters", published="2024-02-24")])),
    clean("D106", "earlier-source", report(citations=[
        Citation(id="r1", publisher="Reuters", published="2024-02-12")])),
    # A101 office-outside-tenure
    fires("A101", "report-tenure", report(OCT, actors=[person("kamel", KAMEL_ENDED)],
                                          meetings=[meeting("m1", "2024-10-20", "kamel")]),
          message="outside the tenure"),
    fires("A101", "knowledge-tenure", report(OCT, actors=[
        person("kamel", Role(title="head of Egypt's intelligence", office_id=GIS),
               kb_id="kamel")], meetings=[meeting("m1", "2024-10-20", "kamel")]),
        knowledge=KB, message="per the knowledge base"),
    fires("A101", "demand-by-title-match", report(OCT, actors=[
        person("kamel", Role(title="Director of the General Intelligence Service"),
               kb_id="kamel")], demands=[
        Demand(id="d1", by="kamel", category="negotiations", date="2024-10-21")]),
        knowledge=KB),
    clean("A101", "within-tenure", report(OCT, actors=[person("kamel", KAMEL_ENDED)],
                                          meetings=[meeting("m1", "2024-10-10", "kamel")])),
    clean("A101", "month-may-be-within", report(OCT, actors=[person("kamel", KAMEL_ENDED)],
                                                meetings=[meeting("m1", "2024-10", "kamel")])),
    clean("A101", "former-title", report(OCT, actors=[person("kamel", KAMEL_ENDED.model_copy(
        update={"title": "ex-spy chief"}))], meetings=[meeting("m1", "2024-10-20", "kamel")])),
    clean("A101", "other-role-unknown", report(OCT, actors=[
        person("kamel", KAMEL_ENDED, "presidential adviser")],
        meetings=[meeting("m1", "2024-10-20", "kamel")])),
    clean("A101", "no-knowledge", report(OCT, actors=[
        person("kamel", Role(title="head of Egypt's intelligence", office_id=GIS),
               kb_id="kamel")], meetings=[meeting("m1", "2024-10-20", "kamel")])),
    # A102 exclusive-office-two-holders
    fires("A102", "both-at-publication", report(OCT, actors=[
        person("kamel", Role(title="head of Egypt's intelligence", office_id=GIS)),
        person("rashad", Role(title="Egypt's new intelligence chief", office_id=GIS))]),
        knowledge=KB, message="both hold the exclusive office"),
    fires("A102", "overlapping-report-tenure", report(OCT, actors=[
        person("kamel", Role(title="GIS head", office_id=GIS, start="2018", end="2024-10-16")),
        person("rashad", Role(title="GIS head", office_id=GIS, start="2024-10-01"))]),
        knowledge=KB, message="2024-10-01 to 2024-10-16"),
    clean("A102", "hand-over-per-knowledge", report(OCT, actors=[
        person("kamel", Role(title="head of Egypt's intelligence", office_id=GIS),
               kb_id="kamel"),
        person("rashad", Role(title="Egypt's new intelligence chief", office_id=GIS),
               kb_id="rashad")]), knowledge=KB),
    clean("A102", "office-not-exclusive", report(OCT, actors=[
        person("kamel", Role(title="GIS officer", office_id=GIS)),
        person("rashad", Role(title="GIS officer", office_id=GIS))]),
        knowledge=KB_NOT_EXCLUSIVE),
    clean("A102", "office-unknown", report(OCT, actors=[
        person("kamel", Role(title="GIS head", office_id=GIS)),
        person("rashad", Role(title="GIS head", office_id=GIS))])),
    clean("A102", "former-holder", report(OCT, actors=[
        person("kamel", Role(title="former GIS head", office_id=GIS)),
        person("rashad", Role(title="GIS head", office_id=GIS))]), knowledge=KB),
    # A103 person-two-places
    fires("A103", "cairo-and-doha", report(actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns"),
        meeting("m2", "2024-02-13", "burns", location="Doha")]),
        message="meeting 'm1' (talks in Cairo)"),
    clean("A103", "different-days", report(actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns"),
        meeting("m2", "2024-02-14", "burns", location="Doha")])),
    clean("A103", "same-place-spelled-longer", report(actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns"),
        meeting("m2", "2024-02-13", "burns", location="Cairo, Egypt")])),
    clean("A103", "call", report(actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns"),
        meeting("m2", "2024-02-13", "burns", location="Doha", kind="call")])),
    clean("A103", "state-in-two-places", report(actors=[
        Actor(id="qatar", kind="state", name="Qatar", country="QAT")], meetings=[
        meeting("m1", "2024-02-13", "qatar"),
        meeting("m2", "2024-02-13", "qatar", location="Doha")])),
    # A104 unknown-actor-reference
    fires("A104", "demander", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="islamic-jihad", category="prisoner_release")]),
        message="names demander 'islamic-jihad'"),
    fires("A104", "participant-gold-name", report(actors=[person("david-barnea")], meetings=[
        meeting("m1", "2024-02-13", "David Barnea")]), message="has the id 'david-barnea'"),
    fires("A104", "claimant", report(casualty_claims=[
        claim("c1", "killed", 3).model_copy(update={"claimant_id": "ministry"})])),
    clean("A104", "all-known", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="hamas", category="prisoner_release", addressed_to="israel-org")],
        meetings=[meeting("m1", "2024-02-13", "hamas")])),
    # A105 demand-addressed-to-self
    fires("A105", "self", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="hamas", category="hostage_release", addressed_to="hamas")])),
    clean("A105", "other", report(actors=HAMAS_IJ, demands=[
        Demand(id="d1", by="hamas", category="hostage_release", addressed_to="israel-org")])),
    # A106 same-title-two-holders
    fires("A106", "two-intelligence-chiefs", report(OCT, actors=[
        person("kamel", "Egyptian intelligence chief", country="EGY"),
        person("rashad", "the Egyptian Intelligence Chief", country="EGY")]),
        message="both have the title"),
    clean("A106", "spokesmen", report(actors=[
        person("a", "Hamas spokesman", country="PSE"),
        person("b", "Hamas spokesman", country="PSE")])),
    clean("A106", "ex-title", report(OCT, actors=[
        person("kamel", "ex-spy chief", country="EGY"),
        person("rashad", "spy chief", country="EGY")])),
    clean("A106", "different-countries", report(actors=[
        person("a", "Prime Minister", country="ISR"),
        person("b", "Prime Minister", country="QAT")])),
    clean("A106", "tenures-apart", report(actors=[
        person("a", Role(title="Prime Minister", end="2021-06-13"), country="ISR"),
        person("b", Role(title="Prime Minister", start="2022-12-29"), country="ISR")])),
    # P101 phase-numbering
    fires("P101", "gap", report(proposals=[Proposal(id="p1", phases=phases(
        42, 42, indices=[1, 3]))]), message="missing 2"),
    fires("P101", "starts-at-2", report(proposals=[Proposal(id="p1", phases=phases(
        42, 42, start=2))])),
    clean("P101", "contiguous", report(proposals=[Proposal(id="p1", phases=phases(
        42, None, None))])),
    # P102 phase-durations-contradict-total
    fires("P102", "sum-differs", report(proposals=[Proposal(
        id="p1", total_duration_days=135, phases=phases(42, 42, 42))]),
        message="126 in all"),
    fires("P102", "known-already-exceed", report(proposals=[Proposal(
        id="p1", total_duration_days=42, phases=phases(42, None))])),
    clean("P102", "sum-equals", report(proposals=[Proposal(
        id="p1", total_duration_days=135, phases=phases(45, 45, 45))])),
    clean("P102", "unknown-phases-fit", report(proposals=[Proposal(
        id="p1", total_duration_days=135, phases=phases(42, None, None))])),
    clean("P102", "no-total", report(proposals=[Proposal(id="p1", phases=phases(42, 42, 42))])),
    # P103 phase-non-positive-duration
    fires("P103", "zero-days", report(proposals=[Proposal(id="p1", phases=phases(42, 0))]),
          message="phase 2 lasts 0 days"),
    clean("P103", "unknown-duration", report(proposals=[Proposal(id="p1", phases=phases(
        42, None))])),
    # P104 accepted-and-rejected
    fires("P104", "undated", report(actors=HAMAS_IJ, proposals=[Proposal(id="p1", history=[
        change("accepted", "hamas"), change("rejected", "hamas")])]),
        message="both accepted and rejected by 'Hamas'"),
    fires("P104", "same-day", report(actors=HAMAS_IJ, proposals=[Proposal(id="p1", history=[
        change("accepted", "hamas", "2024-05-06"), change("rejected", "hamas", "2024-05-06~")])])),
    clean("P104", "change-of-mind", report(actors=HAMAS_IJ, proposals=[Proposal(
        id="p1", history=[change("accepted", "hamas", "2024-05-06"),
                          change("rejected", "hamas", "2024-05-09")])])),
    clean("P104", "different-actors", report(actors=HAMAS_IJ, proposals=[Proposal(
        id="p1", history=[change("accepted", "hamas"), change("rejected", "israel-org")])])),
    # P105 status-history-out-of-order
    fires("P105", "backwards", report(actors=HAMAS_IJ, proposals=[Proposal(id="p1", history=[
        change("rejected", "israel-org", "2024-02-13"),
        change("proposed", "hamas", "2024-02-07")])]), message="in date order"),
    clean("P105", "in-order", report(actors=HAMAS_IJ, proposals=[Proposal(id="p1", history=[
        change("proposed", "hamas", "2024-02-07"),
        change("rejected", "israel-org", "2024-02-13")])])),
    clean("P105", "undated", report(actors=HAMAS_IJ, proposals=[Proposal(id="p1", history=[
        change("rejected", "israel-org"), change("proposed", "hamas", "2024-02-07")])])),
    # P106 status-change-before-proposal
    fires("P106", "accepted-before-tabled", report(actors=HAMAS_IJ, proposals=[Proposal(
        id="p1", date="2024-05-06", history=[change("accepted", "hamas", "2024-04-28")])]),
        message="before that"),
    clean("P106", "same-day", report(actors=HAMAS_IJ, proposals=[Proposal(
        id="p1", date="2024-05-06", history=[change("accepted", "hamas", "2024-05-06")])])),
    clean("P106", "month-overlaps", report(actors=HAMAS_IJ, proposals=[Proposal(
        id="p1", date="2024-05-06", history=[change("accepted", "hamas", "2024-05")])])),
    # C101 figure-bounds-qualifier
    fires("C101", "exact-with-high", report(casualty_claims=[
        claim("c1", "released", 35, high=40)]), message="use 'range'"),
    fires("C101", "range-without-high", report(casualty_claims=[
        claim("c1", "released", 35, qualifier="range")])),
    fires("C101", "range-of-one", report(casualty_claims=[
        claim("c1", "released", 35, high=35, qualifier="range")])),
    clean("C101", "range", report(casualty_claims=[
        claim("c1", "released", 35, high=40, qualifier="range")])),
    clean("C101", "up-to-with-cap", report(casualty_claims=[
        claim("c1", "released", 40, high=40, qualifier="up_to")])),
    clean("C101", "about", report(casualty_claims=[
        claim("c1", "released", 1500, qualifier="about")])),
    # C102 series-decreases
    fires("C102", "toll-falls", report(casualty_claims=[
        claim("c1", "killed", 28000, claimed_by="Gaza health ministry", as_of="2024-02-10"),
        claim("c2", "killed", 27000, claimed_by="Gaza Health Ministry", as_of="2024-02-12")]),
        message="is lower than claim 'c1'"),
    clean("C102", "toll-grows", report(casualty_claims=[
        claim("c1", "killed", 27000, claimed_by="Gaza health ministry", as_of="2024-02-10"),
        claim("c2", "killed", 28000, claimed_by="Gaza health ministry", as_of="2024-02-12")])),
    clean("C102", "captives-fall", report(casualty_claims=[
        claim("c1", "held_captive", 253, group="hostages", as_of="2023-10-07"),
        claim("c2", "held_captive", 134, group="hostages", as_of="2024-02-12")])),
    clean("C102", "different-sources", report(casualty_claims=[
        claim("c1", "killed", 28000, claimed_by="Gaza health ministry", as_of="2024-02-10"),
        claim("c2", "killed", 27000, claimed_by="Israel", as_of="2024-02-12")])),
    clean("C102", "about-within-tolerance", report(casualty_claims=[
        claim("c1", "killed", 28000, qualifier="about", as_of="2024-02-10"),
        claim("c2", "killed", 27000, qualifier="about", as_of="2024-02-12")])),
    # C103 claims-disagree
    fires("C103", "two-sources", report(casualty_claims=[
        claim("c1", "killed", 1200, group="Israelis", claimed_by="Israel", as_of="2023-10-07"),
        claim("c2", "killed", 1400, group="Israelis", claimed_by="AFP tally",
              as_of="2023-10-07")]), message="per 'Israel'"),
    clean("C103", "within-tolerance", report(casualty_claims=[
        claim("c1", "killed", 1200, group="Israelis", claimed_by="Israel", as_of="2023-10-07"),
        claim("c2", "killed", 1250, group="Israelis", claimed_by="AFP tally",
              as_of="2023-10-07")])),
    clean("C103", "wider-tolerance", report(casualty_claims=[
        claim("c1", "killed", 1200, group="Israelis", claimed_by="Israel", as_of="2023-10-07"),
        claim("c2", "killed", 1400, group="Israelis", claimed_by="AFP tally",
              as_of="2023-10-07")]), tolerance=0.2),
    clean("C103", "different-groups", report(casualty_claims=[
        claim("c1", "killed", 74, group="Palestinians killed in the raid", claimed_by="Hamas"),
        claim("c2", "killed", 28000, group="people in the Gaza Strip",
              claimed_by="Gaza health ministry")])),
    clean("C103", "more-than-admits-higher", report(casualty_claims=[
        claim("c1", "killed", 28000, qualifier="more_than", claimed_by="Hamas"),
        claim("c2", "killed", 35000, claimed_by="UN")])),
    # C104 same-source-figures-disagree
    fires("C104", "own-voice", report(casualty_claims=[
        claim("c1", "displaced", 1400000, group="Palestinians in Rafah"),
        claim("c2", "displaced", 1000000, group="Palestinians in Rafah")]),
        message="in the article's own voice"),
    clean("C104", "close", report(casualty_claims=[
        claim("c1", "displaced", 1400000, group="Palestinians in Rafah"),
        claim("c2", "displaced", 1450000, group="Palestinians in Rafah")])),
    clean("C104", "different-dates", report(casualty_claims=[
        claim("c1", "displaced", 1400000, group="Palestinians in Rafah", as_of="2024-02-01"),
        claim("c2", "displaced", 1000000, group="Palestinians in Rafah")])),
    # C105 unverifiable-reported-verified
    fires("C105", "hedge", report(casualty_claims=[
        claim("c1", "killed", 74, hedges=("cannot be independently verified",),
              verification="verified")]), message="cannot be independently verified"),
    fires("C105", "evidence-quote", report(casualty_claims=[
        claim("c1", "killed", 74, verification="verified", evidence=(Evidence.manual(
            "The figure could not be confirmed by AFP"),))])),
    clean("C105", "marked-unverified", report(casualty_claims=[
        claim("c1", "killed", 74, hedges=("cannot be independently verified",),
              verification="unverified")])),
    clean("C105", "verified-no-hedge", report(casualty_claims=[
        claim("c1", "killed", 74, verification="verified", evidence=(Evidence.manual(
            "confirmed by the UN"),))])),
    # X101 series-decreases-across-documents
    fires("X101", "toll-falls", report(doc("a", dt.date(2024, 2, 12)), casualty_claims=[
        claim("c1", "killed", 28340, claimed_by="Gaza health ministry")]),
        report(doc("b", dt.date(2024, 2, 14)), casualty_claims=[
            claim("c1", "killed", 27000, claimed_by="Gaza health ministry")]),
        message="in document 'b'"),
    clean("X101", "toll-grows", report(doc("a", dt.date(2024, 2, 12)), casualty_claims=[
        claim("c1", "killed", 28000, claimed_by="Gaza health ministry")]),
        report(doc("b", dt.date(2024, 2, 14)), casualty_claims=[
            claim("c1", "killed", 28500, claimed_by="Gaza health ministry")])),
    clean("X101", "own-voices", report(doc("a", dt.date(2024, 2, 12)), casualty_claims=[
        claim("c1", "killed", 28340)]),
        report(doc("b", dt.date(2024, 2, 14)), casualty_claims=[claim("c1", "killed", 27000)])),
    clean("X101", "one-document", report(casualty_claims=[
        claim("c1", "killed", 28000, claimed_by="Gaza health ministry", as_of="2024-02-10"),
        claim("c2", "killed", 27000, claimed_by="Gaza health ministry", as_of="2024-02-12")])),
    # X102 claims-disagree-across-documents
    fires("X102", "rafah", report(doc("a"), casualty_claims=[
        claim("c1", "displaced", 1500000, qualifier="nearly", group="Palestinians in Rafah")]),
        report(doc("b"), casualty_claims=[
            claim("c1", "displaced", 1000000, group="Palestinians in Rafah")]),
        message="in document 'a'"),
    clean("X102", "close", report(doc("a"), casualty_claims=[
        claim("c1", "displaced", 1400000, group="Palestinians in Rafah")]),
        report(doc("b"), casualty_claims=[
            claim("c1", "displaced", 1450000, group="Palestinians in Rafah")])),
    clean("X102", "different-dates", report(doc("a"), casualty_claims=[
        claim("c1", "displaced", 1500000, group="Palestinians in Rafah")]),
        report(doc("b", dt.date(2024, 3, 1)), casualty_claims=[
            claim("c1", "displaced", 1000000, group="Palestinians in Rafah")])),
    # X103 person-two-places-across-documents
    fires("X103", "cairo-and-doha", report(doc("a"), actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns")]),
        report(doc("b"), actors=[person("william-burns").model_copy(
            update={"name": "Burns"})], meetings=[
            meeting("m1", "2024-02-13", "william-burns", location="Doha")]),
        message="meeting 'm1' (talks in Cairo)"),
    clean("X103", "same-place", report(doc("a"), actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns")]),
        report(doc("b"), actors=[person("burns")], meetings=[
            meeting("m1", "2024-02-13", "burns")])),
    clean("X103", "same-document-twice", report(actors=[person("burns")], meetings=[
        meeting("m1", "2024-02-13", "burns")]),
        report(actors=[person("burns")], meetings=[
            meeting("m1", "2024-02-13", "burns", location="Doha")])),
    # X104 actor-attributes-conflict
    fires("X104", "two-countries", report(doc("a"), actors=[org("hamas", "Hamas", "PSE")]),
          report(doc("b"), actors=[org("hamas", "Hamas", "LBN")]),
          message="country 'PSE' and 'LBN'"),
    fires("X104", "two-kinds", report(doc("a"), actors=[org("hamas", "Hamas", "PSE")]),
          report(doc("b"), actors=[person("hamas")])),
    clean("X104", "agree", report(doc("a"), actors=[org("hamas", "Hamas", "PSE")]),
          report(doc("b"), actors=[org("hamas", "HAMAS")])),
)
