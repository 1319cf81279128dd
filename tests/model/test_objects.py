"""Behaviour of the model objects beyond validation."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import (
    Actor,
    Document,
    Evidence,
    EvidenceOrigin,
    Meeting,
    Participant,
    Phase,
    Proposal,
    ProposalStatus,
    Report,
    Role,
    StatusChange,
    UnknownActorError,
)


def test_evidence_from_span_quotes_the_text() -> None:
    text = "Burns met Barnea in Cairo."
    ev = Evidence.from_span("d", text, 10, 16, rule="kb/actor")
    assert (ev.quote, ev.start, ev.end, ev.origin) == ("Barnea", 10, 16, EvidenceOrigin.EXTRACTED)


def test_manual_evidence_says_so() -> None:
    ev = Evidence.manual("from our event log")
    assert ev.origin is EvidenceOrigin.MANUAL
    assert not ev.has_span


def test_role_tenure() -> None:
    role = Role(title="Director of the CIA", start="2021-03-19", end="2025-01-20")
    assert role.held_on("2024-02-13") is True
    assert role.held_on("2020-05") is False
    assert role.held_on(dt.date(2025, 2, 1)) is False
    assert Role(title="x").held_on("2024") is None
    # a month that straddles the start cannot be called either way
    assert role.held_on("2021-03") is None


def test_actor_names_and_titles() -> None:
    actor = Actor(id="b", kind="person", name="David Barnea", aliases=("Barnea", "Barnea"),
                  roles=(Role(title="Mossad head"), Role(title="Mossad head")))
    assert actor.names == ("David Barnea", "Barnea")
    assert actor.titles == ("Mossad head",)


def test_proposal_history_gives_accepted_and_rejected() -> None:
    proposal = Proposal(
        id="p", history=(
            StatusChange(status=ProposalStatus.ACCEPTED, actor_id="hamas"),
            StatusChange(status=ProposalStatus.REJECTED, actor_id="israel"),
            StatusChange(status=ProposalStatus.ACCEPTED, actor_id="hamas"),
        ),
        phases=(Phase(index=1, duration_days=42), Phase(index=2, duration_days=42)),
    )
    assert proposal.accepted_by == ("hamas",)
    assert proposal.rejected_by == ("israel",)
    assert proposal.phase_duration_days == 84
    assert Proposal(id="q", phases=(Phase(index=1),)).phase_duration_days is None


def test_report_lookup_by_id_name_and_folded_alias() -> None:
    report = Report(
        document=Document(id="d"),
        actors=(Actor(id="sisi", kind="person", name="Abdel Fattah el-Sisi",
                      aliases=("Sisi",)),),
        meetings=(Meeting(id="m", kind="talks", participants=(Participant(actor_id="sisi"),)),),
    )
    assert report.actor("sisi").name == "Abdel Fattah el-Sisi"
    assert report.actor("ABDEL FATTAH EL SISI").id == "sisi"
    assert report.actor("sísi").id == "sisi"
    with pytest.raises(UnknownActorError, match="no actor 'Burns'"):
        report.actor("Burns")
    with pytest.raises(KeyError):
        report.actor("Burns")
    assert report.counts()["meetings"] == 1
    assert report.actor_ids == frozenset({"sisi"})


def test_iter_evidence_walks_nested_objects() -> None:
    text = "Hamas proposed three phases."
    ev = Evidence.from_span("d", text, 0, 5)
    report = Report(
        document=Document(id="d", text=text),
        proposals=(Proposal(id="p", evidence=(ev,), phases=(Phase(index=1, evidence=(ev,)),)),),
    )
    paths = [path for path, _ in report.iter_evidence()]
    assert sorted(paths) == ["proposals[0].evidence[0]", "proposals[0].phases[0].evidence[0]"]
