"""Proposals (stage 5b): name, proposer, status and who moved it there, phases and their
durations, a stated total; later mentions join the proposal before; past treaties are
background; deals, accords and offers in ordinary news wording, tied to an actor."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import Proposal, ProposalStatus, Report, extract

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def report(text: str) -> Report:
    return extract(text, published=PUBLISHED, document_id="t")


def only_proposal(text: str) -> tuple[Proposal, Report]:
    r = report(text)
    assert len(r.proposals) == 1, r.proposals
    return r.proposals[0], r


def named(r: Report, ids: tuple[str, ...]) -> list[str]:
    return [r.actor(i).name for i in ids]


def history(p: Proposal, r: Report) -> list[tuple[str, str | None]]:
    return [(c.status.value, r.actor(c.actor_id).name if c.actor_id else None)
            for c in p.history]


def phases(p: Proposal) -> list[tuple[int, int | None]]:
    return [(ph.index, ph.duration_days) for ph in p.phases]


# -- names and proposers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia rejected the Istanbul framework on Friday.", "Istanbul framework"),
        ("Kyiv rejected the Riyadh framework on Monday.", "Riyadh framework"),
        ("Armenia is studying the Almaty framework.", "Almaty framework"),
        ("The Jeddah plan, put forward by Saudi Arabia, was rejected by the Rapid Support "
         "Forces on Monday.", "Jeddah plan"),
        ("The Almaty framework was accepted by Armenia and rejected by Azerbaijan.",
         "Almaty framework"),
        ("Ukraine rejected the Jeddah plan on Monday.", "Jeddah plan"),
    ],
)
def test_a_named_proposal_keeps_its_name(text: str, name: str) -> None:
    proposal, _ = only_proposal(text)
    assert proposal.name == name


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Qatar's proposal calls for a truce in three phases, each lasting 30 days.", "Qatar"),
        ("Egypt put forward a proposal on Monday.", "Egypt"),
        ("Turkey proposed a 60-day truce between Armenia and Azerbaijan.", "Turkey"),
        ("The plan, put forward by Saudi Arabia, was rejected by the Rapid Support Forces on "
         "Monday.", "Saudi Arabia"),
    ],
)
def test_the_proposer(text: str, proposer: str) -> None:
    proposal, r = only_proposal(text)
    assert named(r, proposal.proposed_by) == [proposer]


def test_an_unnamed_proposal_has_no_name() -> None:
    proposal, _ = only_proposal("Egypt put forward a proposal on Monday.")
    assert proposal.name is None


def test_the_name_does_not_swallow_a_preposition() -> None:
    proposal, _ = only_proposal("Under Egypt's proposal, the first six-week phase would see "
                                "prisoners exchanged.")
    assert proposal.name is None


def test_a_demonym_proposer() -> None:
    r = report("The Egyptian proposal was accepted by Hamas.")
    assert named(r, r.proposals[0].proposed_by) == ["Egypt"]


def test_an_offer_with_a_demonym_is_a_proposal() -> None:
    proposal, _ = only_proposal("Hamas rejected an Egyptian offer for a three-month truce.")
    assert proposal.status is ProposalStatus.REJECTED


# -- status --------------------------------------------------------------------------------


def test_rejected_by_an_agent() -> None:
    proposal, r = only_proposal("The plan, put forward by Saudi Arabia, was rejected by the "
                                "Rapid Support Forces on Monday.")
    assert proposal.status is ProposalStatus.REJECTED
    assert history(proposal, r) == [("rejected", "Rapid Support Forces")]


@pytest.mark.parametrize(
    ("text", "status", "moves"),
    [
        ("Russia rejected the Istanbul framework on Friday.", ProposalStatus.REJECTED,
         [("rejected", "Russia")]),
        ("Armenia accepted the Almaty framework on Monday.", ProposalStatus.ACCEPTED,
         [("accepted", "Armenia")]),
        ("Armenia is studying the Almaty framework.", ProposalStatus.UNDER_NEGOTIATION, []),
        ("Egypt put forward a proposal on Monday.", ProposalStatus.PROPOSED, []),
    ],
)
def test_status_and_who_moved_it(text: str, status: ProposalStatus,
                                 moves: list[tuple[str, str]]) -> None:
    proposal, r = only_proposal(text)
    assert proposal.status is status
    assert history(proposal, r) == moves


def test_acceptance_and_rejection_by_two_actors_are_both_kept() -> None:
    proposal, r = only_proposal("Azerbaijan accepted the Almaty framework on Monday, but "
                                "Armenia rejected it.")
    assert history(proposal, r) == [("accepted", "Azerbaijan"), ("rejected", "Armenia")]


# -- phases and durations --------------------------------------------------------------


def test_phases_each_lasting_a_number_of_days() -> None:
    proposal, _ = only_proposal("Qatar's proposal calls for a truce in three phases, each "
                                "lasting 30 days.")
    assert phases(proposal) == [(1, 30), (2, 30), (3, 30)]
    assert proposal.total_duration_days is None  # never computed from the phases


def test_phases_each_lasting_weeks() -> None:
    proposal, _ = only_proposal("Egypt's proposal would unfold in three stages, each lasting "
                                "six weeks.")
    assert phases(proposal) == [(1, 42), (2, 42), (3, 42)]


def test_stages_of_a_number_of_days_each() -> None:
    r = report("Egypt's proposal would unfold in three stages of 42 days each.")
    assert phases(r.proposals[0]) == [(1, 42), (2, 42), (3, 42)]


def test_a_phase_count_without_durations() -> None:
    proposal, _ = only_proposal("Egypt's proposal envisions a ceasefire in two phases.")
    assert phases(proposal) == [(1, None), (2, None)]


def test_an_ordinal_phase_with_its_duration() -> None:
    proposal, _ = only_proposal("Under Egypt's proposal, the first six-week phase would see "
                                "prisoners exchanged.")
    assert phases(proposal) == [(1, 42)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Turkey proposed a 60-day truce between Armenia and Azerbaijan.", 60),
        ("Turkey's proposal would extend the truce from six weeks to four and a half months.",
         135),
    ],
)
def test_a_stated_total_duration(text: str, days: int) -> None:
    proposal, _ = only_proposal(text)
    assert proposal.total_duration_days == days
    assert proposal.phases == ()


def test_a_total_from_an_envisioned_ceasefire() -> None:
    r = report("Egypt's proposal envisions a 90-day ceasefire.")
    assert r.proposals[0].total_duration_days == 90


def test_the_first_phase_of_a_states_plan() -> None:
    r = report("Under the US plan, the first phase would last six weeks.")
    assert len(r.proposals) == 1
    assert phases(r.proposals[0]) == [(1, 42)]


def test_no_phases_where_none_are_given() -> None:
    proposal, _ = only_proposal("Russia rejected the Istanbul framework on Friday.")
    assert proposal.phases == ()
    assert proposal.total_duration_days is None


# -- later mentions ------------------------------------------------------------------------


def test_later_mentions_add_to_the_proposal_before() -> None:
    text = ("Qatar put forward a proposal on Monday. The proposal would unfold in three "
            "phases, each lasting 30 days. Ukraine rejected the proposal on Tuesday.")
    proposal, r = only_proposal(text)
    assert named(r, proposal.proposed_by) == ["Qatar"]
    assert phases(proposal) == [(1, 30), (2, 30), (3, 30)]
    assert proposal.status is ProposalStatus.REJECTED
    assert history(proposal, r) == [("rejected", "Ukraine")]
    assert len(proposal.evidence) == 3


def test_a_sentence_with_phases_only_adds_them_to_the_proposal_before() -> None:
    text = ("Egypt put forward a proposal on Monday. "
            "The process consists of two stages, each lasting 45 days.")
    proposal, _ = only_proposal(text)
    assert phases(proposal) == [(1, 45), (2, 45)]


def test_two_named_proposals_stay_apart() -> None:
    r = report("Russia rejected the Istanbul framework on Friday. "
               "Armenia accepted the Almaty framework on Monday.")
    assert [p.name for p in r.proposals] == ["Istanbul framework", "Almaty framework"]
    assert [p.id for p in r.proposals] == ["proposal-1", "proposal-2"]


# -- not proposals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials cited the 1994 peace treaty as a model for a new plan.",
        "Armenia and Azerbaijan recalled the accords signed in 1994.",
        "The Rapid Support Forces launched a military offensive on El Fasher.",
        "The army said there was no plan to withdraw.",
    ],
)
def test_background_and_other_uses_are_not_proposals(text: str) -> None:
    assert report(text).proposals == ()


def test_every_reference_is_an_actor_of_the_report() -> None:
    r = report("Qatar put forward a proposal on Monday. Ukraine rejected the proposal on "
               "Tuesday. Russia rejected the Istanbul framework on Friday.")
    for p in r.proposals:
        assert all(r.has_actor(a) for a in p.proposed_by)
        assert all(r.has_actor(c.actor_id) for c in p.history if c.actor_id)
        assert p.evidence


# -- named agreements, phases that last, totals before a later noun ------------------------


def test_a_named_agreement_is_an_accepted_proposal() -> None:
    proposal, _ = only_proposal("Both sides urged that the Lusaka agreement be implemented.")
    assert proposal.name == "Lusaka agreement"
    assert proposal.status is ProposalStatus.ACCEPTED
    assert proposal.proposed_by == ()  # the city names the deal, it does not propose it


def test_an_agreement_still_sought_is_no_proposal() -> None:
    assert report("Turkey is eyeing a Mediterranean agreement with Greece.").proposals == ()
    assert report("The sides failed to reach an agreement on Monday.").proposals == ()


def test_a_rejected_named_agreement_stays_rejected() -> None:
    proposal, r = only_proposal("Armenia rejected the Almaty agreement on Monday.")
    assert proposal.status is ProposalStatus.REJECTED
    assert history(proposal, r) == [("rejected", "Armenia")]


@pytest.mark.parametrize(
    "text",
    [
        "Under Qatar's plan, the second phase would last 30 days.",
        "Under Qatar's plan, the second stage will run for 30 days.",
    ],
)
def test_an_ordinal_phase_that_lasts_a_duration(text: str) -> None:
    proposal, r = only_proposal(text)
    assert named(r, proposal.proposed_by) == ["Qatar"]
    assert phases(proposal) == [(2, 30)]


def test_a_weak_noun_with_a_proposer_and_a_phase_count() -> None:
    proposal, _ = only_proposal("Under the Turkish plan, the truce would unfold in two stages.")
    assert phases(proposal) == [(1, None), (2, None)]


def test_a_weak_noun_with_only_a_name_is_no_proposal() -> None:
    assert report("The Jeddah plan was mentioned again on Monday.").proposals == ()


# -- deals, agreements, accords and treaties in ordinary news wording ------------------------


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Armenia and Azerbaijan signed a peace agreement on Monday.",
         [("accepted", "Armenia"), ("accepted", "Azerbaijan")]),
        ("Ethiopia signed an accord with Eritrea on Monday.",
         [("accepted", "Ethiopia"), ("accepted", "Eritrea")]),
        ("Israel and Hezbollah reached a ceasefire deal on Monday.",
         [("accepted", "Israel"), ("accepted", "Hezbollah")]),
    ],
)
def test_a_signed_or_reached_deal_is_accepted_by_its_parties(
        text: str, moves: list[tuple[str, str]]) -> None:
    proposal, r = only_proposal(text)
    assert proposal.status is ProposalStatus.ACCEPTED
    assert sorted(history(proposal, r)) == sorted(moves)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Iran rejected the offer on Monday.", "Iran"),
        ("Russia pulled out of the grain deal on Monday.", "Russia"),
        ("The United States withdrew from the nuclear accord in May.", "United States"),
        ("Hamas turned down the truce on Monday.", "Hamas"),
    ],
)
def test_a_deal_taken_off_the_table_is_rejected(text: str, who: str) -> None:
    proposal, r = only_proposal(text)
    assert proposal.status is ProposalStatus.REJECTED
    assert history(proposal, r) == [("rejected", who)]


def test_a_deal_rejected_after_the_noun_by_an_agent() -> None:
    proposal, r = only_proposal("The truce deal was rejected by Hamas on Monday.")
    assert history(proposal, r) == [("rejected", "Hamas")]


def test_a_proposed_deal_with_its_possessor() -> None:
    proposal, r = only_proposal("Pakistan criticized Britain's proposed deal on Monday.")
    assert named(r, proposal.proposed_by) == ["Britain"]
    assert proposal.status is ProposalStatus.PROPOSED


def test_a_deal_still_being_finalized_is_under_negotiation() -> None:
    proposal, _ = only_proposal("Britain is seeking to finalize a deal with Mauritius.")
    assert proposal.status is ProposalStatus.UNDER_NEGOTIATION


def test_the_planned_deal_between_two_states() -> None:
    assert len(report("India would support a planned deal between Britain and Mauritius."
                      ).proposals) == 1


def test_an_offer_to_mediate_is_a_proposal() -> None:
    proposal, r = only_proposal("Turkey offered to mediate between Russia and Ukraine.")
    assert named(r, proposal.proposed_by) == ["Turkey"]
    assert proposal.status is ProposalStatus.PROPOSED


# -- negation and hypotheticals ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not agreed to the ceasefire.",
        "The United States urged Russia to accept the truce.",
        "Israel will never sign a peace deal with Hamas.",
        "Kirby hoped an agreement would be reached soon.",
        "If the sides sign the accord, aid will flow.",
    ],
)
def test_negated_or_hypothetical_moves_give_no_proposal(text: str) -> None:
    assert report(text).proposals == ()


def test_refusing_to_sign_is_a_rejection() -> None:
    proposal, r = only_proposal("Serbia refused to sign the agreement on Monday.")
    assert history(proposal, r) == [("rejected", "Serbia")]


# -- not deals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The singer signed a record deal with Sony on Monday.",
        "There is widespread agreement in Congress that China is a rival.",
        "The courts will deal fairly with Kenya on this issue.",
        "Pifer said there was a great deal of uncertainty in Ukraine.",
        "Iran said a deal was possible.",
        "Tehran offered to pay the men to plan the murder.",
        "Ukraine hopes for a peace deal with Russia.",
    ],
)
def test_passing_or_non_diplomatic_uses_are_not_proposals(text: str) -> None:
    assert report(text).proposals == ()


@pytest.mark.parametrize(
    "text",
    [
        "A court oversees the 1995 Dayton Accords in Bosnia.",
        "Israel violated the decades-long peace treaty with Egypt.",
        "In 2013, Kenya signed an agreement with Somalia.",
        "Egypt threatened to break the treaty it signed with Israel in 1979.",
    ],
)
def test_past_treaties_are_background(text: str) -> None:
    assert report(text).proposals == ()


def test_a_past_treaty_absorbs_its_later_mentions() -> None:
    r = report("Egypt threatened to break the treaty it signed with Israel in 1979. "
               "The pact limits troops on the border. "
               "Egypt has received aid since the peace agreement with Israel.")
    assert r.proposals == ()


# -- one proposal per deal -----------------------------------------------------------------


def test_mentions_of_one_deal_merge() -> None:
    text = ("Kosovo and Serbia signed an agreement on Monday. Officials said the agreement "
            "covers border crossings. Later, Serbia suspended the agreement.")
    proposal, r = only_proposal(text)
    assert proposal.status is ProposalStatus.REJECTED
    assert ("rejected", "Serbia") in history(proposal, r)


def test_a_ceasefire_and_a_minerals_deal_stay_apart() -> None:
    text = ("Ukraine agreed to a 30-day ceasefire on Tuesday. "
            "Ukraine also signed a minerals deal with the United States.")
    assert len(report(text).proposals) == 2


def test_a_named_agreement_in_passing_is_no_proposal() -> None:
    assert report("We need to talk to our neighbors about the Schengen Agreement."
                  ).proposals == ()


# -- wording seen on unseen news: dated names, due signings, pronoun take-up, plurals -----


def test_an_agreement_named_by_its_date_was_reached() -> None:
    proposal, _ = only_proposal("Opposition leaders said the March 4 agreement must be "
                                "respected by the government.")
    assert proposal.name == "March 4 agreement"
    assert proposal.status is ProposalStatus.ACCEPTED


def test_a_due_signing_that_was_called_off() -> None:
    proposal, _ = only_proposal("Brazil and Chile were supposed to sign a trade deal, although "
                                "that was called off after a dispute.")
    assert proposal.status is ProposalStatus.REJECTED


def test_a_due_signing_is_under_negotiation() -> None:
    proposal, _ = only_proposal("Brazil and Chile are expected to sign a trade deal next week.")
    assert proposal.status is ProposalStatus.UNDER_NEGOTIATION


def test_a_signed_agreement_needs_no_named_subject() -> None:
    proposal, _ = only_proposal("The rival factions signed a power-sharing agreement on "
                                "Monday.")
    assert proposal.status is ProposalStatus.ACCEPTED


def test_plural_pacts_and_offers() -> None:
    proposal, _ = only_proposal("The two leaders signed eight pacts on maritime security.")
    assert proposal.status is ProposalStatus.ACCEPTED
    proposal, _ = only_proposal("Kenya turned down resettlement offers from Canada.")
    assert proposal.status is ProposalStatus.REJECTED


def test_a_bare_agreement_right_after_a_deal_is_the_same_deal() -> None:
    r = report("Ukraine agreed to a 30-day ceasefire on Tuesday. The parties have reached an "
               "agreement, officials said.")
    assert len(r.proposals) == 1


def test_an_offer_to_resettle_is_a_proposal() -> None:
    proposal, r = only_proposal("Canada has been offering to resettle the refugees for "
                                "years.")
    assert proposal.status is ProposalStatus.PROPOSED
    assert named(r, proposal.proposed_by) == ["Canada"]


@pytest.mark.parametrize("text", [
    "Cairo threatens to break the peace treaty it signed with Amman in 1994.",
    "As per the terms of the accords signed in 1998, each side patrols its own border.",
])
def test_a_sentence_about_a_past_year_tells_history(text: str) -> None:
    assert report(text).proposals == ()


# -- general rules for unseen wordings (see also test_proposal_wordings.py) ----------------


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        ("Brazil and China floated a six-point proposal on Monday.", ["Brazil", "China"]),
        ("Ukraine offered Russia a prisoner exchange on Monday.", ["Ukraine"]),
        ("Spain backed Morocco's autonomy plan for Western Sahara.", ["Morocco"]),
        ("Egypt is pushing a deal that would see hostages freed.", ["Egypt"]),
    ],
)
def test_proposers_of_unseen_wordings(text: str, proposers: list[str]) -> None:
    proposal, r = only_proposal(text)
    assert named(r, proposal.proposed_by) == proposers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia accused Ukraine of violating the Minsk agreements.", "Minsk agreements"),
        ("Iran held talks on reviving the Joint Comprehensive Plan of Action.",
         "Joint Comprehensive Plan of Action"),
        ("The two sides signed the Declaration of Principles on Monday.",
         "Declaration of Principles"),
    ],
)
def test_names_a_city_starts_or_that_run_on(text: str, name: str) -> None:
    proposal, _ = only_proposal(text)
    assert proposal.name == name


def test_demonyms_are_no_name() -> None:
    proposal, _ = only_proposal("Hamas said it accepted the Egyptian-Qatari ceasefire proposal.")
    assert proposal.name is None


def test_the_speaker_a_pronoun_takes_up_and_joined_subjects() -> None:
    proposal, r = only_proposal("Hamas said it accepted the ceasefire proposal.")
    assert history(proposal, r) == [("accepted", "Hamas")]
    proposal, r = only_proposal("Rwanda and the Democratic Republic of Congo signed a peace "
                                "accord in Washington.")
    assert sorted(named(r, proposal.accepted_by)) == ["Democratic Republic of Congo", "Rwanda"]


def test_would_not_accept_the_plan_is_a_rejection() -> None:
    r = report("The United States presented a peace plan. Zelenskyy said Ukraine would not "
               "accept the plan.")
    assert len(r.proposals) == 1
    assert history(r.proposals[0], r) == [("rejected", "Ukraine")]


def test_it_rejected_in_the_next_sentence() -> None:
    r = report("Turkey proposed a plan to reopen the ports. On Friday, Moscow rejected it.")
    assert len(r.proposals) == 1
    assert r.proposals[0].status is ProposalStatus.REJECTED


def test_a_deal_in_force_and_a_brokered_one() -> None:
    proposal, _ = only_proposal("A 60-day truce between Israel and Hezbollah went into effect "
                                "on Wednesday.")
    assert proposal.status is ProposalStatus.ACCEPTED
    assert proposal.total_duration_days == 60
    proposal, r = only_proposal("The grain deal, brokered by Turkey, let Ukraine export grain.")
    assert proposal.status is ProposalStatus.ACCEPTED
    assert named(r, proposal.proposed_by) == ["Turkey"]


def test_offered_talks_and_spelled_out_deals() -> None:
    proposal, r = only_proposal("South Korea proposed military talks with the North.")
    assert named(r, proposal.proposed_by) == ["South Korea"]
    proposal, _ = only_proposal("Mediators are working on a deal under which the RSF would "
                                "leave homes in Khartoum.")
    assert proposal.status is ProposalStatus.UNDER_NEGOTIATION


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas held talks in Cairo on Tuesday.",
        "Egypt and Qatar held talks on a ceasefire.",
        "The United Nations said dialogue was the only way forward.",
        "Leaders signed a joint declaration on climate change.",
        "Israel unveiled a military plan to evacuate civilians from Rafah.",
        "The company signed a supply deal with a Chinese battery maker.",
    ],
)
def test_talks_declarations_and_own_plans_are_no_proposals(text: str) -> None:
    assert report(text).proposals == ()


def test_talks_on_after_the_noun_do_not_move_it() -> None:
    proposal, _ = only_proposal("The ceasefire proposal envisages a 90-day pause, followed by "
                                "talks on a settlement.")
    assert proposal.status is ProposalStatus.PROPOSED
    assert proposal.total_duration_days == 90


@pytest.mark.parametrize(
    ("text", "durations", "total"),
    [
        ("Under Qatar's plan, a first phase of six weeks would see hostages freed.", [42], None),
        ("Egypt proposed a three-phase plan: first a 45-day ceasefire, then a prisoner "
         "exchange, and finally talks.", [45, None, None], None),
        ("Turkey's proposal calls for a six-week ceasefire in the first phase and a "
         "withdrawal in the second phase.", [42, None], None),
        ("Israel and Hamas agreed to a ceasefire deal in three stages, the first lasting 42 "
         "days.", [42, None, None], None),
    ],
)
def test_phase_durations_in_other_wordings(text: str, durations: list[int | None],
                                           total: int | None) -> None:
    proposal, _ = only_proposal(text)
    assert [d for _, d in phases(proposal)] == durations
    assert proposal.total_duration_days == total


def test_two_proposers_two_proposals() -> None:
    r = report("China unveiled a 12-point peace plan. Separately, Ukraine's peace formula calls "
               "for a full Russian withdrawal.")
    assert [named(r, p.proposed_by) for p in r.proposals] == [["China"], ["Ukraine"]]


@pytest.mark.parametrize("joint", ["together with", "along with", "alongside"])
def test_actors_joined_by_together_with_propose_together(joint: str) -> None:
    p, r = only_proposal(f"The Mossad, {joint} the Shin Bet, put together a new framework "
                         "for a truce.")
    assert named(r, p.proposed_by) == ["Mossad", "Shin Bet"]
