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


@pytest.mark.xfail(strict=True, reason="'According to X, Y must withdraw' gives no demand: "
                                       "X is read as a source, and no actor or demand is found")
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


def test_a_cue_naming_no_category_gives_no_demand() -> None:
    assert report("Ukraine demanded an explanation from Hungary.").demands == ()
