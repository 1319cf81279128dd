"""Actor mentions (stage 3a): what each name, title and descriptor in a sentence is, and
how it is used (as an actor, a place, the possessor of a title, a source)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.knowledge import default_knowledge_base
from diplomod.parse.actors import ActorMention, Usage, find_actor_mentions, mentions_by_sentence
from diplomod.parse.document import ParsedDocument, parse_document
from diplomod.parse.gazetteer import gazetteer_for
from diplomod.vocab import ActorKind

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def parse(text: str) -> ParsedDocument:
    kb = default_knowledge_base()
    return parse_document(text, document_id="t", published=PUBLISHED, kb=kb,
                          gazetteer=gazetteer_for(kb))


def mentions(text: str) -> list[ActorMention]:
    return find_actor_mentions(parse(text))


def mention(text: str, form: str) -> ActorMention:
    """The one mention whose text is ``form``."""
    doc = parse(text)
    found = [m for m in find_actor_mentions(doc) if doc.text[m.start:m.end] == form]
    assert len(found) == 1, [(doc.text[m.start:m.end], m.rule) for m in
                             find_actor_mentions(doc)]
    return found[0]


# -- states: actor, place, possessor, adjective ------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "usage"),
    [
        ("Ukraine rejected the offer on Friday.", "Ukraine", Usage.ACTOR),
        ("Fighting continued in Ukraine on Monday.", "Ukraine", Usage.PLACE),
        ("Shelling was reported across Sudan overnight.", "Sudan", Usage.PLACE),
        ("Armenia and Azerbaijan signed the text.", "Azerbaijan", Usage.ACTOR),
        ("Talks between Kyiv and Moscow stalled.", "Moscow", Usage.ACTOR),
        ("Moscow said it was ready to talk.", "Moscow", Usage.ACTOR),
        ("The envoy flew to Moscow on Monday.", "Moscow", Usage.PLACE),
    ],
)
def test_a_state_is_an_actor_only_where_it_acts(text: str, form: str, usage: str) -> None:
    m = mention(text, form)
    assert m.kind is ActorKind.STATE
    assert m.usage == usage


def test_a_state_in_a_title_is_its_possessor() -> None:
    m = mention("Egypt's president said the crossing would stay open.", "Egypt")
    assert (m.kind, m.usage, m.country) == (ActorKind.STATE, Usage.POSSESSOR, "EGY")


def test_a_bare_title_is_kept_as_a_title_only_mention() -> None:
    found = [m for m in mentions("Egypt's president said the crossing would stay open.")
             if m.usage == Usage.TITLE_ONLY]
    assert [(m.kind, m.country) for m in found] == [(ActorKind.PERSON, "EGY")]


@pytest.mark.parametrize("noun", ["delegation", "negotiators", "mediators"])
def test_a_demonym_with_a_group_noun_is_its_state_acting(noun: str) -> None:
    m = mention(f"A Ukrainian {noun} arrived in Jeddah on Monday.", "Ukrainian")
    assert (m.kind, m.usage, m.country) == (ActorKind.STATE, Usage.ACTOR, "UKR")


def test_a_demonym_alone_makes_no_actor() -> None:
    found = mentions("Ukrainian grain reached the port on Monday.")
    assert [m for m in found if m.usage == Usage.ACTOR] == []


# -- organizations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "country"),
    [
        ("Zambian army units crossed the border.", "Zambian army", "ZMB"),
        ("The Nepalese army said it was ready.", "Nepalese army", "NPL"),
    ],
)
def test_a_demonym_with_an_army_noun_is_an_organization(text: str, form: str,
                                                        country: str) -> None:
    m = mention(text, form)
    assert (m.kind, m.usage, m.country) == (ActorKind.ORGANIZATION, Usage.ACTOR, country)


def test_a_knowledge_base_organization_is_an_actor_with_its_id() -> None:
    m = mention("The Rapid Support Forces shelled Omdurman.", "Rapid Support Forces")
    assert (m.kind, m.usage, m.kb_id, m.country) == (ActorKind.ORGANIZATION, Usage.ACTOR,
                                                     "org/rsf", "SDN")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The army told Reuters that the town had fallen.", "Reuters"),
        ("The town had fallen, according to AFP.", "AFP"),
        ("Al Jazeera reported heavy shelling.", "Al Jazeera"),
    ],
)
def test_a_news_outlet_is_a_source(text: str, outlet: str) -> None:
    m = mention(text, outlet)
    assert m.usage == Usage.SOURCE


@pytest.mark.parametrize("noun", ["group", "militia"])
def test_a_descriptor_is_kept_for_resolution(noun: str) -> None:
    text = f"The Rapid Support Forces attacked El Fasher. The {noun} said it had taken the town."
    m = mention(text, f"The {noun}")
    assert (m.kind, m.usage, m.sentence) == (ActorKind.ORGANIZATION, Usage.DESCRIPTOR, 1)


# -- people ---------------------------------------------------------------------------


def test_a_title_before_a_name_introduces_a_person() -> None:
    m = mention("Sudan's army chief, Gen. Karim Obeidat, said the militia must withdraw.",
                "Karim Obeidat")
    assert (m.kind, m.usage, m.country) == (ActorKind.PERSON, Usage.ACTOR, "SDN")
    assert m.title == "Sudan's army chief"
    assert m.kb_id is None


def test_a_demonym_title_before_a_name_introduces_a_person() -> None:
    m = mention("Sudanese Foreign Minister Omar Haddad said the army would not negotiate.",
                "Omar Haddad")
    assert (m.kind, m.country, m.title) == (ActorKind.PERSON, "SDN",
                                            "Sudanese Foreign Minister")
    assert m.office_type == "foreign_minister"


def test_an_appositive_after_a_name_gives_the_title() -> None:
    m = mention("Omar Haddad, Sudan's foreign minister, said talks would resume.",
                "Omar Haddad")
    assert (m.kind, m.usage, m.country, m.title) == (
        ActorKind.PERSON, Usage.ACTOR, "SDN", "Sudan's foreign minister")


def test_a_knowledge_base_person_is_found_by_name() -> None:
    m = mention("Nikol Pashinyan arrived in Almaty.", "Nikol Pashinyan")
    assert (m.kind, m.kb_id, m.country) == (ActorKind.PERSON, "person/nikol-pashinyan", "ARM")


def test_a_two_word_name_that_speaks_is_a_person() -> None:
    m = mention("Tamar Okonkwo said the vote was fair.", "Tamar Okonkwo")
    assert (m.kind, m.usage) == (ActorKind.PERSON, Usage.ACTOR)


def test_a_single_capitalized_word_is_kept_as_a_possible_surname() -> None:
    m = mention("Tamar Okonkwo said the vote was fair. Later, Okonkwo left for Abuja.",
                "Okonkwo")
    assert (m.kind, m.usage, m.sentence) == (ActorKind.PERSON, Usage.SURNAME, 1)


@pytest.mark.parametrize(
    "text",
    [
        "By Sarah Okoye and Daniel Mwangi\nUkraine rejected the offer.",
        "Photo: Ahmed Salem\nUkraine rejected the offer.",
    ],
)
def test_a_byline_names_no_actor(text: str) -> None:
    doc = parse(text)
    byline_end = text.index("\n")
    found = find_actor_mentions(doc)
    assert [m for m in found if m.start < byline_end] == []
    assert [doc.text[m.start:m.end] for m in found if m.usage == Usage.ACTOR] == ["Ukraine"]


# -- records ---------------------------------------------------------------------------


def test_mentions_are_in_text_order_with_their_sentence() -> None:
    text = ("Ukraine rejected the offer. Nikol Pashinyan met Ilham Aliyev in Almaty. "
            "The Rapid Support Forces attacked El Fasher.")
    doc = parse(text)
    found = find_actor_mentions(doc)
    assert [m.start for m in found] == sorted(m.start for m in found)
    grouped = mentions_by_sentence(found, len(doc.sentences))
    assert [[doc.text[m.start:m.end] for m in g if m.usage == Usage.ACTOR] for g in grouped] \
        == [["Ukraine"], ["Nikol Pashinyan", "Ilham Aliyev"], ["Rapid Support Forces"]]


def test_an_actor_mention_is_a_slotted_record() -> None:
    (m,) = mentions("Ukraine rejected the offer.")
    assert attrs.has(type(m))
    assert not hasattr(m, "__dict__")


_pieces = st.sampled_from([
    "Ukraine", "rejected", "the", "offer", "in", "Sudan", "'s", "army", "chief", ",", "Gen.",
    "Karim", "Obeidat", "said", "By", "\n", ".", "Reuters", "told", "Ukrainian", "delegation",
    "group", "The", "militia", "according", "to", "AFP", "Mr.", "al-Houthi", "Houthi",
])


@given(st.lists(_pieces, max_size=40).map(" ".join))
def test_mentions_lie_inside_their_sentence(text: str) -> None:
    doc = parse(text)
    for m in find_actor_mentions(doc):
        sentence = doc.sentences[m.sentence]
        assert sentence.start <= m.start < m.end <= sentence.end
        assert m.name


# -- wording from other conflicts -------------------------------------------------------
def test_a_ministry_of_foreign_affairs_is_not_taken_for_a_magazine() -> None:
    m = mention("Armenia's Ministry of Foreign Affairs rejected the claim.",
                "Armenia's Ministry of Foreign Affairs")
    assert m.kind is ActorKind.ORGANIZATION
    assert m.usage == Usage.ACTOR
    assert m.country == "ARM"


def test_a_state_starting_a_clause_after_a_source_acts() -> None:
    assert mention("According to Ukraine, Russia must withdraw its troops.",
                   "Russia").usage == Usage.ACTOR


def test_the_source_of_a_toll_is_a_source() -> None:
    assert mention("Sudan's health ministry says 74 people were killed.",
                   "Sudan's health ministry").usage == Usage.SOURCE


def test_a_commentator_is_flagged() -> None:
    m = mention("\"It is a bluff,\" said Omar Haddad of the Gulf Policy Institute, a think "
                "tank.", "Omar Haddad")
    assert m.commentator
    assert not mention("Omar Haddad said the talks would resume.", "Omar Haddad").commentator


def test_a_room_known_as_a_place_is_not_an_organization() -> None:
    found = mentions("The Oval Office clash between Trump and Zelenskyy shocked Europe.")
    assert all(m.kind is not ActorKind.ORGANIZATION for m in found)


def test_an_organization_building_after_at_is_a_place() -> None:
    assert mention("He spoke at a news conference at the Pentagon on Monday.",
                   "Pentagon").usage == Usage.PLACE


def test_an_organization_name_may_open_with_a_word_kept_out_of_personal_names() -> None:
    found = mention("The Security Consultative Committee met in Tokyo on Monday.",
                    "Security Consultative Committee")
    assert found.kind is ActorKind.ORGANIZATION


def test_an_organization_name_may_hold_and_and_a_head_first_of_phrase() -> None:
    assert mention("The Joint Intelligence and Security Agency said it acted.",
                   "Joint Intelligence and Security Agency").usage == Usage.ACTOR
    assert mention("A group, the Interprofessional Association of Poultry Farmers, protested.",
                   "Interprofessional Association of Poultry Farmers").usage == Usage.ACTOR


def test_a_state_or_movement_name_opens_a_body_name() -> None:
    assert mention("Officials of the Cameroon Livestock Ministry met traders.",
                   "Cameroon Livestock Ministry").kind is ActorKind.ORGANIZATION
    assert mention("Taliban Foreign Ministry spokesman Abdul Qahar Balkhi spoke.",
                   "Taliban Foreign Ministry").kind is ActorKind.ORGANIZATION


def test_an_age_or_a_number_does_not_open_a_name() -> None:
    forms = [m.name for m in mentions("Twenty-year-old Bilai Abdi said she was hurt. "
                                      "Five Frontier Corps personnel were killed.")]
    assert "Bilai Abdi" in forms
    assert "Frontier Corps" in forms
    assert not any(f.startswith(("Twenty", "Five")) for f in forms)


def test_a_state_after_a_place_adjective_or_in_a_listed_the_is_a_place() -> None:
    found = {m.name: m.usage for m in mentions(
        "Prices rose in neighboring Gabon. Chicks are needed in Cameroon, the Central "
        "African Republic and Chad.")}
    assert found["Gabon"] == Usage.PLACE
    assert found["Central African Republic"] == Usage.PLACE
    assert found["Chad"] == Usage.PLACE


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The U.S. Ambassador to Oman, Ana Escrogima, attended the talks.", "Ana Escrogima",
     "USA"),
    ("The EU special envoy to the Horn of Africa, Annette Weber, arrived.", "Annette Weber",
     None),
])
def test_the_posting_after_a_title_is_not_whose_the_office_is(
        text: str, name: str, country: str | None) -> None:
    person = mention(text, name)
    assert (person.kind, person.country) == (ActorKind.PERSON, country)
    assert person.title is not None
    assert " to " in person.title


@pytest.mark.parametrize(("text", "name"), [
    ("The National Intelligence and Security Service said it arrested the men.",
     "National Intelligence and Security Service"),
    ("The National Security Council met on Monday.", "National Security Council"),
])
def test_a_known_body_at_the_end_of_a_longer_name_is_the_longer_name(text: str,
                                                                      name: str) -> None:
    found = mention(text, name)
    assert found.kind is ActorKind.ORGANIZATION
    assert found.usage == Usage.ACTOR
    assert found.country is None  # not the country of the body whose name ends it


def test_a_title_word_inside_a_known_name_is_no_title() -> None:
    found = mention("Amir Khan Muttaqi met the envoy in Kabul.", "Amir Khan Muttaqi")
    assert (found.kind, found.usage, found.kb_id) == (ActorKind.PERSON, Usage.ACTOR,
                                                      "person/amir-khan-muttaqi")


def test_capitalized_words_between_two_title_words_make_one_title() -> None:
    found = mention("Iran's Deputy Political Affairs Minister Majid Takht-Ravanchi told "
                    "reporters the talks were useful.", "Majid Takht-Ravanchi")
    assert found.title == "Iran's Deputy Political Affairs Minister"
    assert found.country == "IRN"


def test_a_middle_initial_stays_inside_the_name() -> None:
    found = mention("President Vladimir V. Putin of Russia met the envoy.", "Vladimir V. Putin")
    assert (found.kind, found.usage) == (ActorKind.PERSON, Usage.ACTOR)


def test_a_given_name_that_names_a_state_before_an_apposition() -> None:
    found = mention("Israel Ramirez, the ELN commander, said the group would attend.",
                    "Israel Ramirez")
    assert (found.kind, found.usage) == (ActorKind.PERSON, Usage.ACTOR)
    assert all(m.kind is not ActorKind.STATE for m in
               mentions("Israel Ramirez, the ELN commander, said the group would attend."))


@pytest.mark.parametrize("text", [
    "Douglas Paal, vice president at the Carnegie Endowment for International Peace, "
    "said a summit could be risky.",
    "Alexander Gabuev, director of the Berlin-based Carnegie Russia Eurasia Center, told "
    "reporters the ties were deep.",
])
def test_a_speaker_whose_apposition_names_a_think_tank_is_a_commentator(text: str) -> None:
    person = next(m for m in mentions(text) if m.kind is ActorKind.PERSON)
    assert person.commentator


@pytest.mark.parametrize(("text", "form", "usage"), [
    ("A Saudi delegation was in Yemen's capital on Sunday.", "Yemen", Usage.PLACE),
    ("Beledweyne is a town near Somalia's border with Ethiopia.", "Somalia", Usage.PLACE),
    ("Hopes grew for ending the Yemen conflict.", "Yemen", Usage.ADJECTIVE),
    ("Yemen's government rejected the plan.", "Yemen", Usage.ACTOR),
])
def test_a_state_before_a_place_noun_is_a_place(text: str, form: str, usage: str) -> None:
    assert mention(text, form).usage == usage


def test_a_demonym_before_side_of_is_no_state_acting() -> None:
    text = "Moon and Kim met on the North Korean side of the Demilitarized Zone."
    assert all(m.kind is not ActorKind.STATE or m.usage != Usage.ACTOR
               for m in mentions(text))


@pytest.mark.parametrize("rank", ["Maj Gen", "Lt Gen", "Brig Gen", "Lt Col"])
def test_ranks_written_without_periods(rank: str) -> None:
    found = mention(f"{rank} Kashif Abdullah and his counterpart met on Monday.",
                    "Kashif Abdullah")
    assert found.title == rank


@pytest.mark.parametrize(("text", "name", "title", "org"), [
    ('"We are working on a date," Ani Badalian, the Foreign Ministry spokeswoman, told '
     "reporters.", "Ani Badalian", "Foreign Ministry spokeswoman", "Foreign Ministry"),
    ("Afghan Interior Ministry spokesman Tariq Arian said the attack was foiled.",
     "Tariq Arian", "Afghan Interior Ministry spokesman", "Afghan Interior Ministry"),
])
def test_a_body_named_before_a_title_is_part_of_it(text: str, name: str, title: str,
                                                  org: str) -> None:
    assert mention(text, name).title == title
    assert mention(text, org).kind is ActorKind.ORGANIZATION


def test_a_title_after_a_title_is_not_a_name() -> None:
    text = ("Ghassan Salame, Special Representative of the UN Secretary-General, said the "
            "talks would resume.")
    assert all(m.name != "Secretary-General" or m.usage == Usage.TITLE_ONLY
               for m in mentions(text))
    assert mention(text, "Ghassan Salame").kind is ActorKind.PERSON


@pytest.mark.parametrize(("text", "form"), [
    ("Seven million people are displaced, according to the UN's International "
     "Organization for Migration.", "International Organization for Migration"),
    ("Women were barred from work, according to the US State Department.",
     "US State Department"),
    ("At least 4,000 people were killed, according to the UN Office of the High "
     "Commissioner for Human Rights.", "Office of the High Commissioner for Human Rights"),
])
def test_a_body_after_according_to_and_a_possessor_is_a_source(text: str, form: str) -> None:
    assert mention(text, form).usage == Usage.SOURCE


def test_a_name_whose_head_comes_first() -> None:
    text = "Officers of the internationally recognised Government of National Accord attended."
    assert mention(text, "Government of National Accord").kind is ActorKind.ORGANIZATION


@pytest.mark.parametrize(("text", "name"), [
    ("Chinese President Xi Jinping met Vladimir Putin in Moscow.", "Xi Jinping"),
    ("Saudi Crown Prince Mohammed bin Salman welcomed the envoy.", "Mohammed bin Salman"),
])
def test_a_known_alias_that_starts_with_the_title_is_the_persons_name(text: str,
                                                                      name: str) -> None:
    found = mention(text, name)
    assert (found.kind, found.usage) == (ActorKind.PERSON, Usage.ACTOR)


def test_an_elided_coordination_names_both_states() -> None:
    found = {(m.name, m.kind) for m in
             mentions("Officials from North and South Korea met at the border.")}
    assert {("North Korea", ActorKind.STATE), ("South Korea", ActorKind.STATE)} <= found


def test_a_given_name_that_names_a_state_after_a_title() -> None:
    text = "Chief ELN negotiator Israel Ramirez, also known as Pablo Beltran, said so."
    assert mention(text, "Israel Ramirez").kind is ActorKind.PERSON


def test_a_longer_body_name_before_a_title() -> None:
    text = ("The government is represented by National Intelligence and Security Service "
            "Director, Ambassador Redwan Hussein, and others.")
    person = mention(text, "Redwan Hussein")
    assert person.title == "National Intelligence and Security Service Director"
    body = mention(text, "National Intelligence and Security Service")
    assert body.country is None


def test_demonyms_joined_by_a_hyphen_before_a_group_noun_are_both_states() -> None:
    found = {(m.name, m.kind, m.usage) for m in
             mentions("Hamas accepted the Egyptian-Qatari ceasefire proposal on Monday.")}
    assert {("Egyptian", ActorKind.STATE, Usage.ACTOR),
            ("Qatari", ActorKind.STATE, Usage.ACTOR)} <= found


# -- people named by a known given name ------------------------------------------------


def _given_name_people(text: str) -> list[str]:
    doc = parse(text)
    return [doc.text[m.start:m.end] for m in find_actor_mentions(doc)
            if m.rule == "name/given-name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ahmed Ali met Mohamed Osman in Khartoum on Monday.", ["Mohamed Osman"]),
        ("Kashif Abdullah and Rajiv Ghai had a contact over the hotline.",
         ["Kashif Abdullah", "Rajiv Ghai"]),
        ("Sergei Petrov, who leads the delegation, arrived in Geneva.", ["Sergei Petrov"]),
        ("The envoy held talks with Abdirahman Warsame and Tigist Bekele in Nairobi.",
         ["Abdirahman Warsame", "Tigist Bekele"]),
        ("A letter from Oleksandr Kovalenko reached Ngozi Adeyemi on Friday.",
         ["Oleksandr Kovalenko", "Ngozi Adeyemi"]),
        ("Rebels freed Jean-Claude Mbusa, Fatoumata Diallo and Aung Kyaw Min.",
         ["Jean-Claude Mbusa", "Fatoumata Diallo", "Aung Kyaw Min"]),
    ],
)
def test_a_name_opening_with_a_given_name_is_a_person(text: str, names: list[str]) -> None:
    assert _given_name_people(text) == names
    m = mention(text, names[-1])
    assert (m.kind, m.usage, m.commentator) == (ActorKind.PERSON, Usage.ACTOR, False)


@pytest.mark.parametrize(
    "text",
    [
        "Strikes hit Martin Luther King Hospital on Monday.",
        "Staff at Al-Mustafa University left the campus.",
        "Crowds gathered near Nasser Hospital and on Omar Mukhtar Street.",
        "The Abraham Accords were signed in 2020.",
        "May Day rallies drew thousands in Istanbul.",
        "Will Ukraine accept the offer?",
        "A blast damaged the USS Carl Vinson in the Red Sea.",
        "Reporting by Ahmed Hassan; Editing by Mark Heinrich",
        "Ahmed Hassan and Kateryna Lisunova contributed to this report.",
        "The fighting spread in Ahmed Orabi overnight.",
    ],
)
def test_places_bodies_credits_and_common_words_are_no_given_name_people(text: str) -> None:
    assert _given_name_people(text) == []


def test_a_known_person_stays_the_knowledge_base_match() -> None:
    m = mention("Kim Jong Un inspected a missile launch.", "Kim Jong Un")
    assert m.rule == "kb/person"
    assert m.kb_id is not None
    assert _given_name_people("Kim Jong Un inspected a missile launch.") == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The plan, said Ahmed Ali, a professor at Cairo University, would fail.", "Ahmed Ali"),
        ("Amirov's lawyer, Michael Perkins, said the evidence was thin.", "Michael Perkins"),
        ("Hassan Mudane lectures on African politics at the University of Somalia.",
         "Hassan Mudane"),
        ("Thomas Brennan, a former State Department official, said the deal was weak.",
         "Thomas Brennan"),
    ],
)
def test_an_outside_voice_named_by_a_given_name_is_a_commentator(text: str, form: str) -> None:
    assert mention(text, form).commentator


def test_an_outside_voice_named_by_a_given_name_is_no_actor() -> None:
    from diplomod.parse.resolve import resolve_actors

    doc = parse("Ahmed Ali met Mohamed Osman in Khartoum. The plan, said Sami Haddad, "
                "an analyst at the Carnegie Endowment, would fail.")
    names = {a.name for a in resolve_actors(doc, find_actor_mentions(doc)).actors}
    assert "Mohamed Osman" in names
    assert "Sami Haddad" not in names


def test_the_given_names_load_once_and_hold_no_excluded_word() -> None:
    from diplomod.parse._words import given_names, load_data_file

    names = given_names()
    assert names is given_names()
    assert {"Mohammed", "Mohamed", "Muhammad", "Abdel", "Volodymyr", "Tigist"} <= names
    excluded = {w for words in load_data_file("given_names.json")["excluded"].values()
                for w in words}
    assert {"May", "Jordan", "Israel", "Will", "Hope"} <= excluded
    assert not names & excluded
    assert 2000 <= len(names) <= 6000


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([1, 2], "must be an object"),
        ({"groups": {"arabic": ["Ahmed", 3]}, "excluded": {"x": ["May"]}},
         "groups: 'arabic' must be a list of non-blank strings"),
        ({"groups": {"arabic": ["Ahmed", "abdel", "Abdel Aziz"]}, "excluded": {"x": ["May"]}},
         "must hold capitalized single words"),
        ({"groups": {"arabic": ["Ahmed", "May"]}, "excluded": {"x": ["May"]}},
         "excluded words must not be listed as names (got ['May'])"),
        ({"groups": {"arabic": ["Ahmed"]}}, "'excluded' must map"),
    ],
)
def test_bad_given_names_data_is_reported(data: object, fragment: str) -> None:
    from diplomod import KnowledgeBaseError
    from diplomod.parse._words import load_given_names

    with pytest.raises(KnowledgeBaseError) as info:
        load_given_names(data)
    assert fragment in "\n".join(info.value.problems)
