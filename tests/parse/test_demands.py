"""Demands (stage 5c): a demand cue, the categories its words name, who demands and of
whom."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import DemandCategory, Report, extract

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def report(text: str) -> Report:
    return extract(text, published=PUBLISHED, document_id="t")


def demands(text: str) -> list[tuple[str, str, str | None]]:
    """(by, category, addressed to) of each demand, by actor name."""
    r = report(text)
    return [(r.actor(d.by).name, d.category.value,
             r.actor(d.addressed_to).name if d.addressed_to else None) for d in r.demands]


def categories(text: str) -> list[str]:
    return [d.category.value for d in report(text).demands]


# -- categories ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ukraine demanded a permanent ceasefire.", DemandCategory.PERMANENT_CEASEFIRE),
        ("The Houthis demanded an end to the war in Gaza.", DemandCategory.PERMANENT_CEASEFIRE),
        ("The Houthis called for a truce in Yemen.", DemandCategory.TEMPORARY_CEASEFIRE),
        ("Volodymyr Zelensky called for a ceasefire on Tuesday.",
         DemandCategory.TEMPORARY_CEASEFIRE),
        ("Azerbaijan insisted on the withdrawal of Armenian forces from Karabakh.",
         DemandCategory.TROOP_WITHDRAWAL),
        ("Armenia urged Azerbaijan to release prisoners of war.",
         DemandCategory.PRISONER_RELEASE),
        ("Colombia demanded that the ELN free the hostages it abducted in Arauca.",
         DemandCategory.HOSTAGE_RELEASE),
        ("UNICEF called for humanitarian aid to reach El Fasher.",
         DemandCategory.HUMANITARIAN_AID),
        ("Ukraine wants Russia to pay for reconstruction.", DemandCategory.RECONSTRUCTION),
        ("Ukraine's demands include the return of displaced civilians.",
         DemandCategory.RETURN_OF_DISPLACED),
        ("Ukraine's conditions include security guarantees from NATO.",
         DemandCategory.SECURITY_GUARANTEES),
        ("Russia called for talks with Ukraine.", DemandCategory.NEGOTIATIONS),
    ],
)
def test_the_words_after_the_cue_name_the_category(text: str,
                                                   category: DemandCategory) -> None:
    assert categories(text) == [category.value]


def test_the_release_of_detained_fighters_is_a_prisoner_release() -> None:
    assert categories("The Rapid Support Forces demanded the release of detained "
                      "fighters.") == ["prisoner_release"]


def test_a_qualified_ceasefire_is_not_also_a_temporary_one() -> None:
    assert categories("Ukraine demanded a permanent ceasefire.") == ["permanent_ceasefire"]
    assert categories("Ukraine demanded a lasting ceasefire.") == ["permanent_ceasefire"]


def test_one_demand_per_category_named() -> None:
    assert categories("Ukraine demanded a permanent ceasefire and the withdrawal of Russian "
                      "troops.") == ["permanent_ceasefire", "troop_withdrawal"]
    assert categories("Hamas's demands include the release of hostages held in Gaza and more "
                      "humanitarian aid.") == ["hostage_release", "humanitarian_aid"]


# -- who demands, of whom -------------------------------------------------------------


def test_the_demander_is_the_subject_of_the_cue() -> None:
    assert demands("The Houthis called for a truce in Yemen.") == [
        ("Houthis", "temporary_ceasefire", None)]


def test_the_demander_is_the_possessor_of_demands() -> None:
    assert demands("Ukraine's demands include the return of displaced civilians.") == [
        ("Ukraine", "return_of_displaced", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia urged Azerbaijan to release prisoners of war.",
         [("Armenia", "prisoner_release", "Azerbaijan")]),
        ("Volodymyr Zelensky urged Vladimir Putin to end the war.",
         [("Volodymyr Zelensky", "permanent_ceasefire", "Vladimir Putin")]),
        ("The United Nations urged the Rapid Support Forces to allow aid into El Fasher.",
         [("United Nations", "humanitarian_aid", "Rapid Support Forces")]),
        ("Colombia demanded that the ELN free the hostages it abducted in Arauca.",
         [("Colombia", "hostage_release", "ELN")]),
    ],
)
def test_the_addressee_of_urged_to(text: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


def test_vowed_to_defeat_is_a_demand_with_no_addressee() -> None:
    assert demands("The Sudanese army vowed to defeat the Rapid Support Forces.") == [
        ("Sudanese army", "defeat_of_adversary", None)]


def test_the_source_of_according_to_is_the_demander() -> None:
    assert [by for by, _, _ in demands("According to Ukraine, Russia must withdraw its "
                                       "forces.")] == ["Ukraine"]


@pytest.mark.xfail(strict=True, reason="'withdrawal of Russian troops' is addressed to a "
                                       "'Russian troops' organization actor, not to the state "
                                       "Russia")
def test_a_withdrawal_is_addressed_to_the_state_whose_troops_they_are() -> None:
    found = demands("Ukraine demanded a permanent ceasefire and the withdrawal of Russian "
                    "troops.")
    assert ("Ukraine", "troop_withdrawal", "Russia") in found, found


def test_demand_text_and_evidence() -> None:
    r = report("Armenia urged Azerbaijan to release prisoners of war.")
    (demand,) = r.demands
    assert demand.text == "prisoners"
    assert demand.evidence
    assert all(ev.document_id == "t" for ev in demand.evidence)
    assert r.has_actor(demand.by)
    assert demand.addressed_to is not None
    assert r.has_actor(demand.addressed_to)


# -- no demand ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks focused on grain exports and shipping in the Black Sea.",
        "Armenia and Azerbaijan agreed to exchange prisoners on Monday.",
        "A ceasefire between Armenia and Azerbaijan has held since Monday.",
        "The hostages were released in Arauca on Monday.",
    ],
)
def test_no_cue_no_demand(text: str) -> None:
    assert report(text).demands == ()


def test_a_cue_without_an_actor_gives_no_demand() -> None:
    assert report("Residents called for a ceasefire.").demands == ()


def test_a_thing_demanded_that_no_category_names_is_an_other_demand() -> None:
    assert categories("Ukraine demanded an explanation from Hungary.") == ["other"]


# -- a call on an actor to act, with no category word: "other" ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia urged Azerbaijan to reopen the Lachin corridor.",
         [("Armenia", "other", "Azerbaijan")]),
        ("Serbia demanded that Kosovo dissolve its special police units.",
         [("Serbia", "other", "Kosovo")]),
    ],
)
def test_a_call_on_an_actor_to_act_is_an_other_demand(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


def test_an_objection_to_international_law_is_not_an_aid_demand() -> None:
    assert "humanitarian_aid" not in categories(
        "Nigeria urged the army to respect international humanitarian law.")


# -- "X must / should / needs to": the speaker demands, of X ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Azerbaijan must stop shelling border villages,” Armenia said.",
         [("Armenia", "other", "Azerbaijan")]),
        ("Armenia said Azerbaijan must withdraw its troops from the border.",
         [("Armenia", "troop_withdrawal", "Azerbaijan")]),
        ("There must be a ceasefire, Egypt said.", [("Egypt", "temporary_ceasefire", None)]),
    ],
)
def test_a_modal_demand_is_made_by_the_speaker(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We must be patient,” Armenia said.",
        "Kenya said Ethiopia and Eritrea should be able to reach a deal.",
        "Germany said talks with China must continue.",
        "Hamas must release the hostages.",
    ],
)
def test_a_modal_that_asks_nothing_of_a_named_actor_is_no_demand(text: str) -> None:
    assert report(text).demands == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana said it is time to end the war in Sudan.",
         [("Ghana", "permanent_ceasefire", None)]),
        ("“Now is the time for a ceasefire,” Kenya said.",
         [("Kenya", "temporary_ceasefire", None)]),
    ],
)
def test_now_is_the_time_for_is_a_demand_by_the_speaker(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


# -- pronouns -----------------------------------------------------------------------------


def test_a_pronoun_subject_is_the_person_named_before() -> None:
    assert demands("Ilham Aliyev spoke in Baku on Monday. He urged Armenia to sign a peace "
                   "treaty.") == [("Ilham Aliyev", "other", "Armenia")]


def test_a_pronoun_joined_to_a_name_adds_the_person_named_before() -> None:
    assert demands("Nikol Pashinyan arrived in Brussels on Monday. He and Charles Michel "
                   "urged Azerbaijan to release prisoners.") == [
        ("Nikol Pashinyan", "prisoner_release", "Azerbaijan"),
        ("Charles Michel", "prisoner_release", "Azerbaijan")]


def test_we_urge_is_credited_to_the_speakers_state() -> None:
    assert demands("“We urge Serbia to recognize Kosovo,” Vjosa Osmani said.") == [
        ("Kosovo", "other", "Serbia")]


def test_they_in_a_modal_is_the_group_named_before_in_the_sentence() -> None:
    assert ("Afghanistan", "negotiations", "Taliban") in demands(
        "The Afghan government urged the Taliban to stop killing civilians, saying they "
        "must return to the negotiating table.")


def test_calls_whose_owner_is_a_possessive_pronoun_are_not_credited_to_the_listener() -> None:
    assert report("Christopher Lockyear told the Security Council that their repeated calls "
                  "on the parties to end the war have gone unanswered.").demands == ()


# -- wording ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali President Hassan Sheikh Mohamud called for a total war against al-Shabab.",
         [("Hassan Sheikh Mohamud", "defeat_of_adversary", None)]),
        ("UNICEF demanded an end to the hostilities in Sudan.",
         [("UNICEF", "permanent_ceasefire", None)]),
        ("North Korea asked the United States for sanctions relief.",
         [("North Korea", "other", "United States")]),
        ("Pakistan urged Afghanistan to deny the use of its soil to militants.",
         [("Pakistan", "security_guarantees", "Afghanistan")]),
        ("The G7 called on China to engage in discussions on arms control.",
         [("G7", "negotiations", "China")]),
        ("Israel, for its part, demands the release of the hostages.",
         [("Israel", "hostage_release", None)]),
    ],
)
def test_more_wording_of_demands(text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban threatened to break the ceasefire.",
        "Kenya agreed to hold talks with Ethiopia on equal terms.",
        "An official from Kenya spoke about the aid talks on condition of anonymity.",
    ],
)
def test_no_demand_in_a_threat_to_break_or_a_prepositional_noun_cue(text: str) -> None:
    assert report(text).demands == ()


# -- general phrasings: a thing asked for, an addressee that is no actor, told/warned -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations called for the protection of civilians in Darfur.",
         [("United Nations", "other", None)]),
        ("Germany has called for an inclusive political transition in Syria.",
         [("Germany", "other", None)]),
        ("Ukraine is seeking trade and military assistance from Japan.",
         [("Ukraine", "other", None)]),
        ("Serbia demanded the dissolution of the special police units.",
         [("Serbia", "other", None)]),
        ("Azerbaijan insisted on a new border crossing.", [("Azerbaijan", "other", None)]),
        ("Japan asked for the return of the islands.", [("Japan", "other", None)]),
        ("Armenia's condition is the recognition of its borders.",
         [("Armenia", "other", None)]),
        ("The United Nations urged restraint.", [("United Nations", "other", None)]),
        ("Germany reiterated its call for an inclusive transition in Syria.",
         [("Germany", "other", None)]),
        ("Japan stressed the need for transparency.", [("Japan", "other", None)]),
    ],
)
def test_a_thing_asked_for_with_no_category_word_is_an_other_demand(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States urged all parties to exercise restraint.",
         [("United States", "other", None)]),
        ("Kenya pressed Ethiopia to reopen the border.", [("Kenya", "other", "Ethiopia")]),
        ("Russia told Ukraine to withdraw its forces from the four regions.",
         [("Russia", "troop_withdrawal", "Ukraine")]),
        ("Kenya warned Ethiopia to stop the shelling.", [("Kenya", "other", "Ethiopia")]),
    ],
)
def test_a_call_on_someone_to_act(text: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert demands(text) == expected


def test_an_introductory_phrase_is_not_the_subject() -> None:
    assert demands("Since the coup, Germany has called for a return to civilian rule.") == [
        ("Germany", "other", None)]


def test_a_participle_after_the_main_clause_is_the_subjects_demand() -> None:
    assert demands("Guterres condemned the attack, calling for an independent "
                   "investigation.") == [("António Guterres", "other", None)]


def test_a_spokesperson_of_an_organization_speaks_for_its_state() -> None:
    assert demands("The United States imposed sanctions on Iran. A State Department "
                   "spokesperson said on Monday Iran must end its support for the "
                   "militia.") == [("United States", "other", "Iran")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia wants to sign a peace treaty.",
        "Iran wants a deal with the United States.",
        "The refugees fled to Kenya to seek asylum.",
        "Trump would seek political benefit from another meeting.",
        "Turkey is like a demanding gentleman who wants to dance.",
        "Nigeria is seeing a wave of kidnappings by criminal gangs seeking huge ransoms.",
        "Kallas told CNN the ceasefire would hold.",
        "Kenya warned that the fighting could spread.",
        "Russia has been setting conditions that delay the process, Ukraine said.",
        "Humanitarian conditions in Gaza are dire, the United Nations said.",
        "It was a wake-up call for Japan.",
    ],
)
def test_no_other_demand_from_an_intention_a_noun_or_a_clause_without_the_actor(
        text: str) -> None:
    assert report(text).demands == ()


# -- rules for wording seen on unseen news ------------------------------------------------


def test_two_sides_in_one_sentence_each_keep_their_demand() -> None:
    found = demands("The talks failed because Washington's call for denuclearization and "
                    "Pyongyang's demand for sanctions relief did not mesh.")
    assert ("United States", "other", "North Korea") in found
    assert ("North Korea", "other", "United States") in found


def test_ending_a_named_war_is_a_permanent_ceasefire() -> None:
    found = demands("Marco Rubio urged Russia to focus on ending the Russia-Ukraine war.")
    assert ("Marco Rubio", "permanent_ceasefire", "Russia") in found


def test_a_pronoun_that_plans_to_urge_is_the_demander() -> None:
    found = demands("Marco Rubio arrived in Canada. He also plans to urge Russia to "
                    "focus on ending the war.")
    assert [f[:2] for f in found] == [("Marco Rubio", "permanent_ceasefire")]


def test_one_of_the_key_demands_from_a_state() -> None:
    found = demands("Ukraine and Russia met. One of the key demands, as I understand "
                    "from Ukraine, is that there has to be some guarantee for its security.")
    assert [f[:2] for f in found] == [("Ukraine", "security_guarantees")]


def test_the_demands_of_an_actor() -> None:
    found = demands("Israel rejected the unreasonable demands of Hamas to stop the war.")
    assert [f[:2] for f in found] == [("Hamas", "permanent_ceasefire")]


def test_posing_a_threat_is_no_demand() -> None:
    assert demands("Officials in Washington say the partnership between China and Russia "
                   "poses a threat to dialogue with the United States.") == []


def test_a_guessed_wish_is_no_demand() -> None:
    assert demands("The United States sells weapons to Europe. “They will want the "
                   "Europeans to pay more,” he said.") == []


def test_a_place_in_the_subject_does_not_demand() -> None:
    assert demands("Syria adopted a constitution. “All religions in the country want "
                   "constitutional guarantees,” a lawyer said.") == []


def test_return_to_their_homeland_is_a_return_of_the_displaced() -> None:
    assert categories("Hamas demanded that families be allowed to return to their homeland.") \
        == ["return_of_displaced"]


def test_a_department_spokesperson_who_urges_speaks_for_the_state() -> None:
    found = demands("The United States is worried. A U.S. State Department spokesperson "
                    "urged the Haitian government to address security failures.")
    assert [f[:2] for f in found] == [("United States", "other")]


def test_i_encourage_an_actor_to_act() -> None:
    found = demands("“I encourage Hamas to speed up the talks,” Antony Blinken said.")
    assert ("Antony Blinken", "negotiations", "Hamas") in found
