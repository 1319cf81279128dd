"""Gazetteer: knowledge-base names (case-sensitive) and title words (case-insensitive),
found at word boundaries, longest first, without overlaps."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.knowledge import default_knowledge_base, load_knowledge_base
from diplomod.parse.gazetteer import Gazetteer, Match, gazetteer_for, lower_same_length

GAZ = gazetteer_for(None)


def names(text: str) -> list[tuple[str, str, str]]:
    """(form, first entry kind, first entry id) of each name match."""
    return [(m.form, m.entries[0].kind, m.entries[0].id) for m in GAZ.names(text)]


def title_forms(text: str) -> list[str]:
    return [m.form for m in GAZ.titles(text)]


# -- names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "kind", "entry_id"),
    [
        ("Ukraine rejected the offer.", "Ukraine", "state", "state/UKR"),
        ("The Rapid Support Forces shelled Omdurman.", "Rapid Support Forces", "organization",
         "org/rsf"),
        ("Volodymyr Zelensky spoke.", "Volodymyr Zelensky", "person",
         "person/volodymyr-zelensky"),
        ("Azerbaijani troops moved.", "Azerbaijani", "demonym", "state/AZE"),
        ("a statement from the Kremlin", "the Kremlin", "metonym", "state/RUS"),
    ],
)
def test_a_knowledge_base_name_is_found_with_its_entry(text: str, form: str, kind: str,
                                                       entry_id: str) -> None:
    match = GAZ.names(text)[0]
    assert (match.form, text[match.start:match.end]) == (form, form)
    entry = match.first(kind)
    assert entry is not None
    assert entry.id == entry_id


@pytest.mark.parametrize("text", ["UKRAINE rejected the offer.", "ukraine rejected it",
                                  "the houthis fired", "SUDAN said"])
def test_names_are_case_sensitive(text: str) -> None:
    assert GAZ.names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamasnet is a made-up word.",  # name at the start of a longer word
        "the Xhamas forum",  # name at the end of a longer word
        "Ukraineland",
        "Sudan2",
    ],
)
def test_names_are_found_only_at_word_boundaries(text: str) -> None:
    assert GAZ.names(text) == []


def test_a_name_before_a_hyphen_or_possessive_is_found() -> None:
    assert names("Hamas-run ministry") == [("Hamas", "organization", "org/hamas")]
    assert names("Sudan's capital") == [("Sudan", "state", "state/SDN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Sudan and Sudan", [("South Sudan", "state/SSD"), ("Sudan", "state/SDN")]),
        ("fighters of Islamic State group cells",
         [("Islamic State group", "org/islamic-state")]),
        ("Central African Republic", [("Central African Republic", "state/CAF")]),
        ("the Democratic Republic of the Congo",
         [("Democratic Republic of the Congo", "state/COD")]),
    ],
)
def test_the_longest_name_wins(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f, i) for f, _, i in names(text)] == expected


def test_a_demonym_is_not_read_as_the_state_inside_it() -> None:
    # "Chadian" holds "Chad"; only the demonym matches there.
    found = names("Chadian troops and Chad")
    assert found == [("Chadian", "demonym", "state/TCD"), ("Chad", "state", "state/TCD")]


def test_matches_are_in_text_order_and_do_not_overlap() -> None:
    text = ("Armenia and Azerbaijan met in Almaty; Kazakhstan hosted the talks, "
            "Reuters reported, and Islamic State group cells were not mentioned.")
    matches = GAZ.names(text)
    assert [m.form for m in matches] == ["Armenia", "Azerbaijan", "Almaty", "Kazakhstan",
                                         "Reuters", "Islamic State group"]
    for a, b in itertools.pairwise(matches):
        assert a.end <= b.start


@pytest.mark.parametrize("outlet", ["Reuters", "AFP", "Al Jazeera", "Associated Press", "BBC"])
def test_news_outlets_are_found_as_outlets(outlet: str) -> None:
    (match,) = GAZ.names(f"The army told {outlet} on Monday.")
    assert match.form == outlet
    assert match.has("outlet")
    assert not match.has("person", "state")


def test_a_place_is_found_with_its_country() -> None:
    (match,) = GAZ.names("Talks opened in Almaty.")
    entry = match.first("place")
    assert entry is not None
    assert entry.country == "KAZ"


# -- titles -------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["foreign minister", "Foreign Minister", "FOREIGN MINISTER"])
def test_title_words_are_found_whatever_their_case(form: str) -> None:
    text = f"The {form} arrived."
    (match,) = GAZ.titles(text)
    assert match.form == form
    assert text[match.start:match.end] == form
    assert match.has("title")


@pytest.mark.parametrize(
    ("text", "form", "kind"),
    [
        ("Gen. Karim Obeidat", "Gen.", "rank"),
        ("Sheikh Nasser", "Sheikh", "honorific"),
        ("a spokesman said", "spokesman", "role"),
        ("the premier left", "premier", "title"),
    ],
)
def test_ranks_honorifics_and_role_nouns_are_title_words(text: str, form: str,
                                                         kind: str) -> None:
    matches = GAZ.titles(text)
    assert [m.form for m in matches] == [form]
    assert matches[0].has(kind)


@pytest.mark.parametrize("text", ["ministerial talks", "the spokesmanship", "premiership"])
def test_title_words_are_found_only_at_word_boundaries(text: str) -> None:
    assert GAZ.titles(text) == []


def test_the_longest_title_wins() -> None:
    (match,) = GAZ.titles("The Foreign Minister of Armenia arrived.")
    assert match.form == "Foreign Minister of Armenia"
    office = match.first("office")
    assert office is not None
    assert office.country == "ARM"


def test_a_title_with_a_state_possessor_is_an_office() -> None:
    (match,) = GAZ.titles("Egypt's president spoke.")
    office = match.first("office")
    assert office is not None
    assert office.country == "EGY"


def test_title_offsets_survive_characters_that_lower_to_two() -> None:
    # "İ".lower() is two characters; the lower-cased text keeps the length.
    text = "İzmir İİİ hosted the FOREIGN MINISTER."
    assert len(lower_same_length(text)) == len(text)
    (match,) = GAZ.titles(text)
    assert text[match.start:match.end] == "FOREIGN MINISTER"


def test_lower_same_length_lowers_plain_text_as_str_lower() -> None:
    assert lower_same_length("Foreign MINISTER Kuleba") == "foreign minister kuleba"


# -- building ----------------------------------------------------------------------


def test_the_default_gazetteer_is_built_once() -> None:
    assert gazetteer_for(None) is gazetteer_for(default_knowledge_base())


def test_a_users_knowledge_base_adds_names(tmp_path: Path) -> None:
    people = {"version": 1, "people": [{
        "id": "person/tamar-okonkwo", "name": "Tamar Okonkwo", "aliases": ["Okonkwo"],
        "country": "NGA", "roles": [],
    }]}
    (tmp_path / "people.json").write_text(json.dumps(people), "utf-8")
    kb = load_knowledge_base(tmp_path)
    gazetteer = gazetteer_for(kb)
    assert isinstance(gazetteer, Gazetteer)
    (match,) = gazetteer.names("Envoy Tamar Okonkwo arrived.")
    entry = match.first("person")
    assert entry is not None
    assert (match.form, entry.id, entry.country) == ("Tamar Okonkwo",
                                                     "person/tamar-okonkwo", "NGA")
    assert GAZ.names("Envoy Tamar Okonkwo arrived.") == []  # the shipped one is unchanged


# -- properties --------------------------------------------------------------------

_words = st.sampled_from(["Ukraine", "Sudan", "South", "Islamic", "State", "group", "Reuters",
                          "minister", "Foreign", "Gen.", "the", "'s", "-", " ", ",", "İ",
                          "Hamas", "al-Shabab", "x"])


@given(st.one_of(st.text(max_size=200), st.lists(_words, max_size=40).map(" ".join)))
def test_matches_quote_the_text_and_never_overlap(text: str) -> None:
    for found in (GAZ.names(text), GAZ.titles(text)):
        last_end = -1
        for m in found:
            assert isinstance(m, Match)
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.form
            assert m.start >= last_end
            last_end = m.end
            assert m.entries
