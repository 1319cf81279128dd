"""Actor resolution (stage 4): mentions grouped into actors, with names, aliases, kinds,
countries and roles; states only where they act; sources and bylines left out."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import Actor, ActorKind, Report, UnknownActorError, extract
from diplomod.knowledge import default_knowledge_base
from diplomod.parse.actors import ActorMention, Usage, find_actor_mentions
from diplomod.parse.document import parse_document
from diplomod.parse.gazetteer import gazetteer_for
from diplomod.parse.resolve import ActorTable, group_by_sentence, resolve_actors

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def report(text: str, published: dt.date = PUBLISHED) -> Report:
    return extract(text, published=published, document_id="t")


def names(text: str) -> list[str]:
    return [a.name for a in report(text).actors]


def only_actor(text: str, name: str) -> Actor:
    r = report(text)
    found = [a for a in r.actors if a.name == name]
    assert len(found) == 1, [a.name for a in r.actors]
    return found[0]


def table_of(text: str) -> tuple[str, ActorTable, list[ActorMention]]:
    kb = default_knowledge_base()
    doc = parse_document(text, document_id="t", published=PUBLISHED, kb=kb,
                         gazetteer=gazetteer_for(kb))
    mentions = find_actor_mentions(doc)
    return doc.text, resolve_actors(doc, mentions), mentions


# -- people ------------------------------------------------------------------------------


def test_a_knowledge_base_person_is_one_actor_with_name_and_surname() -> None:
    text = ("Ukrainian Foreign Minister Dmytro Kuleba arrived in Ankara on Tuesday. "
            "Kuleba told Turkish reporters that Kyiv wanted the grain corridor reopened.")
    r = report(text)
    people = [a for a in r.actors if a.kind is ActorKind.PERSON]
    assert len(people) == 1
    kuleba = people[0]
    assert (kuleba.name, kuleba.country, kuleba.kb_id) == ("Dmytro Kuleba", "UKR",
                                                           "person/dmytro-kuleba")
    assert "Kuleba" in kuleba.aliases
    assert [role.title for role in kuleba.roles] == ["Ukrainian Foreign Minister"]


def test_a_knowledge_base_alias_alone_finds_the_person() -> None:
    actor = only_actor("Zelensky thanked Poland for its help on Monday.", "Volodymyr Zelensky")
    assert actor.kb_id == "person/volodymyr-zelensky"
    assert "Zelensky" in actor.aliases


def test_an_unknown_person_is_introduced_by_a_title_before_the_name() -> None:
    text = "Sudan's army chief, Gen. Karim Obeidat, said the militia must leave Khartoum."
    actor = only_actor(text, "Karim Obeidat")
    assert (actor.kind, actor.country, actor.kb_id) == (ActorKind.PERSON, "SDN", None)
    assert [role.title for role in actor.roles] == ["Sudan's army chief"]


def test_an_unknown_person_is_introduced_by_a_demonym_title() -> None:
    actor = only_actor("Yemeni Foreign Minister Nasser Qadri said the port would reopen.",
                       "Nasser Qadri")
    assert (actor.kind, actor.country) == (ActorKind.PERSON, "YEM")
    assert [role.title for role in actor.roles] == ["Yemeni Foreign Minister"]


def test_an_unknown_person_is_introduced_by_an_organization_title() -> None:
    r = report("RSF spokesman Farid Mansouri said the group had withdrawn from the city.")
    person = r.actor("Farid Mansouri")
    assert (person.kind, person.country) == (ActorKind.PERSON, "SDN")
    assert [role.title for role in person.roles] == ["RSF spokesman"]
    # the organization named in the title is an actor too
    assert r.actor("RSF").kind is ActorKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        ("Omar Haddad, Sudan's foreign minister, said talks would resume on Monday.",
         "Omar Haddad", "SDN", "Sudan's foreign minister"),
        ("Nabil Yousef, spokesman for the Houthis, said the group would keep attacking ships.",
         "Nabil Yousef", "YEM", "spokesman for the Houthis"),
        ("Gen. Karim Obeidat, Sudan's army chief, said the militia must withdraw.",
         "Karim Obeidat", "SDN", "Sudan's army chief"),
    ],
)
def test_an_appositive_after_the_name_gives_title_and_country(text: str, name: str,
                                                              country: str,
                                                              title: str) -> None:
    actor = only_actor(text, name)
    assert (actor.kind, actor.country) == (ActorKind.PERSON, country)
    assert [role.title for role in actor.roles] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Farid Mansouri, the spokesman for the Rapid Support Forces, said the army shelled "
        "Omdurman.",
        "Nabil Yousef, a spokesman for the Houthis, said the group would keep attacking ships.",
        "Farid Mansouri, the RSF's spokesman, said the group had withdrawn.",
    ],
)
def test_an_appositive_with_an_article_introduces_a_person(text: str) -> None:
    r = report(text)
    assert any(a.kind is ActorKind.PERSON for a in r.actors), [a.name for a in r.actors]


def test_a_spokesman_for_a_states_organization_gets_the_states_country() -> None:
    r = report("Col. Idrissa Konate, a spokesman for Mali's junta, said the army had retaken "
               "Kidal.")
    assert r.actor("Idrissa Konate").country == "MLI"


def test_a_later_surname_joins_the_person_named_before() -> None:
    text = ("Sudan's army chief, Gen. Karim Obeidat, arrived in Jeddah on Monday. "
            "Later, Obeidat told Saudi mediators the army would not withdraw.")
    r = report(text)
    people = [a for a in r.actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == ["Karim Obeidat"]
    assert "Obeidat" in people[0].aliases
    assert r.actor("Obeidat") == people[0]


@pytest.mark.parametrize(
    ("text", "name", "misspelled"),
    [
        ("Ukrainian Foreign Minister Dmytro Kuleba arrived in Ankara. "
         "Kulebba said Kyiv wanted peace.", "Dmytro Kuleba", "Kulebba"),
        ("Sudan's army chief, Gen. Karim Obeidat, arrived in Jeddah. "
         "Obiedat said the army would fight on.", "Karim Obeidat", "Obiedat"),
    ],
)
def test_a_misspelled_surname_joins_the_person(text: str, name: str, misspelled: str) -> None:
    r = report(text)
    assert [a.name for a in r.actors if a.kind is ActorKind.PERSON] == [name]
    assert misspelled in r.actor(name).aliases


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad, Sudan's foreign minister, said talks would resume. Haddad later left.",
        "Sudan's army chief, Gen. Karim Obeidat, said the militia must withdraw from Khartoum. "
        "Obeidat spoke to reporters.",
    ],
)
def test_a_later_surname_opening_a_sentence_joins_the_person(text: str) -> None:
    r = report(text)
    people = [a for a in r.actors if a.kind is ActorKind.PERSON]
    assert len(people) == 1, [(a.name, a.aliases) for a in people]
    assert len(people[0].aliases) == 1, [(a.name, a.aliases) for a in people]


def test_a_misspelled_full_name_with_a_title_becomes_the_office_holder() -> None:
    # Dmytro Kuleba was Ukraine's foreign minister on the publication date.
    actor = only_actor("Ukraine's foreign minister, Dmytro Kulebaa, arrived in Ankara.",
                       "Dmytro Kuleba")
    assert actor.kb_id == "person/dmytro-kuleba"
    assert "Dmytro Kulebaa" in actor.aliases


def test_a_bare_title_joins_the_person_holding_it() -> None:
    text = ("Egyptian President Abdel Fattah el-Sisi hosted the talks. "
            "Egypt's president said the crossing would stay open.")
    r = report(text)
    assert [a.name for a in r.actors] == ["Abdel Fattah el-Sisi"]
    assert "Egypt" not in [a.name for a in r.actors]


def test_two_people_stay_two_actors() -> None:
    text = ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev "
            "in Almaty on Friday. Pashinyan said the talks were constructive. "
            "Aliyev said progress was made.")
    r = report(text)
    assert [a.name for a in r.actors] == ["Nikol Pashinyan", "Ilham Aliyev"]
    assert r.actor("Pashinyan").country == "ARM"
    assert r.actor("Aliyev").country == "AZE"


# -- what is not an actor ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army told Reuters that El Fasher had not fallen.",
        "El Fasher had not fallen, according to AFP.",
        "Al Jazeera reported that the Sudanese army held El Fasher.",
    ],
)
def test_a_news_outlet_cited_as_a_source_is_not_an_actor(text: str) -> None:
    found = names(text)
    assert not {"Reuters", "AFP", "Al Jazeera"} & set(found)


def test_a_state_named_only_as_a_place_is_not_an_actor() -> None:
    assert names("Fighting continued in Ukraine and across Sudan on Monday.") == []


def test_a_state_that_acts_is_an_actor() -> None:
    r = report("The fighting in Ukraine has displaced millions. "
               "Ukraine rejected the Russian proposal on Friday.")
    ukraine = r.actor("Ukraine")
    assert (ukraine.kind, ukraine.country, ukraine.kb_id) == (ActorKind.STATE, "UKR",
                                                              "state/UKR")


def test_a_metonym_that_acts_is_an_alias_of_its_state() -> None:
    r = report("Talks between Kyiv and Moscow stalled on Monday.")
    assert [a.name for a in r.actors] == ["Ukraine", "Russia"]
    assert "Kyiv" in r.actor("Ukraine").aliases


def test_a_metonym_subject_of_was_is_its_state() -> None:
    assert "Russia" in names("Russia's foreign minister, Sergei Lavrov, said Moscow was ready.")


def test_a_state_only_in_a_title_is_not_an_actor() -> None:
    assert "Egypt" not in names("Egypt's president said the crossing would stay open.")
    r = report("Sudan's army chief, Gen. Karim Obeidat, said the militia must leave Khartoum.")
    assert [a.name for a in r.actors if a.kind is ActorKind.STATE] == []


@pytest.mark.parametrize("noun", ["delegation", "negotiators", "mediators"])
def test_a_demonym_with_a_group_noun_makes_the_state_an_actor(noun: str) -> None:
    actor = only_actor(f"A Ukrainian {noun} arrived in Jeddah on Monday.", "Ukraine")
    assert (actor.kind, actor.country) == (ActorKind.STATE, "UKR")


def test_coordinated_demonyms_before_a_group_noun_are_each_an_actor() -> None:
    found = names("Armenian and Azerbaijani negotiators arrived in Almaty on Monday.")
    assert set(found) == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Egyptian officials said the talks would resume.", "Egypt"),
        ("Ukrainian officials rejected the offer.", "Ukraine"),
        ("Polish officials said the talks would resume.", "Poland"),
    ],
)
def test_demonym_officials_make_the_state_an_actor(text: str, state: str) -> None:
    assert state in names(text)


def test_coordinated_demonyms_before_officials_are_each_an_actor() -> None:
    found = names("Ukrainian and Polish officials said the talks would resume.")
    assert {"Ukraine", "Poland"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Sudanese army shelled Omdurman on Monday.", "Sudanese army", "SDN"),
        ("Zambian army units crossed the border.", "Zambian army", "ZMB"),
        ("Bolivian army officers said the coup had failed.", "Bolivian army", "BOL"),
    ],
)
def test_a_demonym_with_an_army_noun_is_an_organization(text: str, name: str,
                                                        country: str) -> None:
    actor = only_actor(text, name)
    assert (actor.kind, actor.country) == (ActorKind.ORGANIZATION, country)
    # the state itself is not made an actor by the adjective
    assert not any(a.kind is ActorKind.STATE for a in report(text).actors)


def test_a_states_army_is_not_named_army() -> None:
    found = names("Sudan's army rejected the Jeddah plan on Monday.")
    assert not [n for n in found if n.lower() == "army"], found
    assert "Sudan's army" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "By Sarah Okoye and Daniel Mwangi\nEthiopia rejected the Nile plan on Monday.",
        "Author - Lena Marsh\n\nEthiopia rejected the Nile plan on Monday.",
    ],
)
def test_bylines_are_not_actors(text: str) -> None:
    assert names(text) == ["Ethiopia"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Monday, Ethiopia had rejected the Nile plan. Egypt said it would respond, and "
         "Sudan urged both sides to resume talks.", "Egypt"),
        ("By Sarah Okoye. Ethiopia rejected the plan on Monday.", "Ethiopia"),
        ("Photo: Ahmed Salem/AFP. Hamas rejected the offer.", "Hamas"),
    ],
)
def test_the_byline_rule_does_not_swallow_the_next_sentence(text: str, name: str) -> None:
    assert name in names(text)


def test_an_unknown_actor_is_a_clear_lookup_error() -> None:
    with pytest.raises(UnknownActorError):
        report("Ukraine rejected the offer.").actor("Ruritania")


# -- descriptors ------------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["group", "militia"])
def test_a_descriptor_refers_back_to_the_last_organization(noun: str) -> None:
    _, table, mentions = table_of(
        f"The Rapid Support Forces attacked El Fasher. The {noun} said it had taken the town.")
    (descriptor,) = [m for m in mentions if m.usage == Usage.DESCRIPTOR]
    actor = table.get(table.actor_id(descriptor) or "")
    assert actor is not None
    assert actor.name == "Rapid Support Forces"
    assert len(table.actors) == 1


def test_a_descriptor_takes_the_nearest_organization_before_it() -> None:
    _, table, mentions = table_of(
        "The Sudanese army accused the Rapid Support Forces of looting. The group denied it.")
    (descriptor,) = [m for m in mentions if m.usage == Usage.DESCRIPTOR]
    actor = table.get(table.actor_id(descriptor) or "")
    assert actor is not None
    assert actor.name == "Rapid Support Forces"


def test_a_descriptor_with_nothing_before_it_names_no_actor() -> None:
    _, table, mentions = table_of("The group said it had taken the town.")
    assert table.actors == []
    assert all(table.actor_id(m) is None for m in mentions)


# -- the table --------------------------------------------------------------------------


def test_the_table_ties_every_acting_mention_to_an_actor() -> None:
    text, table, _ = table_of(
        "Nikol Pashinyan met Ilham Aliyev in Almaty. Pashinyan said the talks went well.")
    by_sentence = group_by_sentence(table, 2)
    named = [[(text[m.start:m.end], table.get(a).name) for m, a in sentence]  # type: ignore[union-attr]
             for sentence in by_sentence]
    assert named == [[("Nikol Pashinyan", "Nikol Pashinyan"), ("Ilham Aliyev", "Ilham Aliyev")],
                     [("Pashinyan", "Nikol Pashinyan")]]


def test_actor_ids_are_unique_and_actors_keep_evidence() -> None:
    r = report("Nikol Pashinyan met Ilham Aliyev in Almaty. Armenia and Azerbaijan signed "
               "the text. The Rapid Support Forces attacked El Fasher.")
    ids = [a.id for a in r.actors]
    assert len(ids) == len(set(ids)) == 5
    for actor in r.actors:
        assert actor.evidence
        assert all(ev.document_id == "t" for ev in actor.evidence)


# -- wording from other conflicts -------------------------------------------------------
def test_a_seat_of_government_stands_for_its_state() -> None:
    r = report("The Kremlin said it would study the proposal. The White House welcomed it.")
    assert {(a.kind, a.name) for a in r.actors} == {
        (ActorKind.STATE, "Russia"), (ActorKind.STATE, "United States")}
    assert "Kremlin" in only_actor("The Kremlin rejected the plan.", "Russia").aliases


def test_a_state_is_named_by_its_usual_name_when_the_article_uses_it() -> None:
    actor = only_actor("The DPRK stands for the Democratic People's Republic of Korea. "
                       "North Korea fired a missile.", "North Korea")
    assert {"DPRK", "Democratic People's Republic of Korea"} <= set(actor.aliases)


def test_an_analyst_who_only_comments_is_not_an_actor() -> None:
    found = names("Iran rejected the offer. \"It is a bluff,\" said Omar Haddad of the Gulf "
                  "Policy Institute, a think tank in Amman.")
    assert "Omar Haddad" not in found
    assert "Iran" in found


def test_a_former_official_who_only_comments_is_not_an_actor() -> None:
    found = names("Serbia rejected the plan. Marko Ilic, a former Defense Ministry official, "
                  "said the talks would fail.")
    assert "Marko Ilic" not in found


def test_a_serving_adviser_who_comments_is_an_actor() -> None:
    assert "Selim Kaya" in names("Turkish presidential adviser Selim Kaya said Ankara would "
                                 "not back down.")


def test_a_former_leader_who_acts_in_the_story_stays() -> None:
    assert "Ivan Petrov" in names("Former Kenyan president Ivan Petrov met the rebels in "
                                  "Goma.")


def test_the_organization_in_a_former_title_does_not_act() -> None:
    found = names("\"Talks will fail,\" said Jane Roe, a former CIA director.")
    assert "CIA" not in found
    assert "Jane Roe" not in found


def test_a_leaders_administration_stands_for_the_state() -> None:
    found = names("The Biden administration urged Israel to allow aid.")
    assert "United States" in found
    assert "Joe Biden" not in found


def test_a_misspelled_given_name_takes_the_knowledge_base_name() -> None:
    actor = only_actor("Anthony Blinken met Egyptian officials in Cairo.", "Antony Blinken")
    assert "Anthony Blinken" in actor.aliases


def test_a_transliterated_surname_keeps_the_articles_spelling() -> None:
    assert "Abdel Fattah el-Sissi" in names("Abdel Fattah el-Sissi met the envoy in Cairo.")


def test_a_ministry_spokesperson_takes_the_state_of_the_ministry_named_before() -> None:
    actor = only_actor("Armenia's Ministry of Foreign Affairs rejected the claim. \"It is "
                       "false,\" foreign ministry spokesperson Ani Badalyan said.",
                       "Ani Badalyan")
    assert actor.country == "ARM"


def test_a_spokesperson_for_a_named_ministry_with_a_second_title() -> None:
    r = report("The spokesperson for Kenya's Ministry of Foreign Affairs, Ambassador Jane "
               "Mwangi, repeated Nairobi's stance.")
    person = r.actor("Jane Mwangi")
    assert person.country == "KEN"
    assert "spokesperson for Kenya's Ministry of Foreign Affairs" in [x.title for x in
                                                                      person.roles]
    assert "Kenya's Ministry of Foreign Affairs" in [a.name for a in r.actors]


def test_a_ministry_that_only_states_a_toll_is_not_an_actor() -> None:
    found = names("Gaza's health ministry said 40 people were killed in the strike.")
    assert not [n for n in found if "ministry" in n.lower()]
    assert "Russia's defense ministry" in names("Russia's defense ministry said it had taken "
                                                "the village.")


def test_a_short_form_refers_to_the_body_named_before() -> None:
    text = ("The U.N. Security Council met on Monday. Hamas said it would talk. "
            "The council urged a ceasefire.")
    _, table, found = table_of(text)
    council = next(m for m in found if m.name == "The council")
    assert table.actor_id(council) == table.actor_id(found[0])


def test_according_to_a_state_it_voices_a_position() -> None:
    assert names("According to Ukraine, Russia must withdraw its troops.") == [
        "Ukraine", "Russia"]
    assert names("According to Israel, 1,200 people were killed.") == []


def test_a_news_outlets_language_service_is_not_an_actor() -> None:
    found = names("A State Department spokesperson told VOA's Korean Service the U.S. would "
                  "keep sanctions.")
    assert "Korean Service" not in found


def test_a_full_name_in_the_article_outranks_a_kb_person_with_the_surname() -> None:
    text = ("UN special rapporteur Richard Bennett said on Wednesday he was barred. "
            "Bennett urged the Taliban to reverse the decision.")
    people = [a for a in report(text).actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Richard Bennett"]
    assert "Bennett" in people[0].aliases


def test_a_kb_person_still_takes_a_bare_surname_without_a_rival() -> None:
    people = [a.name for a in report("Naftali Bennett met aides. Bennett said talks went well."
                                     ).actors if a.kind is ActorKind.PERSON]
    assert people == ["Naftali Bennett"]


def test_a_given_name_before_a_kb_surname_makes_another_person() -> None:
    text = "Diplomat Munir Akram said Kabul must act. Akram spoke to reporters."
    assert "Munir Akram" in [a.name for a in report(text).actors]


@pytest.mark.parametrize(("text", "name", "short"), [
    ("The Armenian Foreign Ministry confirmed the date. Ani Badalian, the Foreign "
     "Ministry spokeswoman, told reporters the parties were ready.",
     "Armenian Foreign Ministry", "Foreign Ministry"),
    ("The Malawi High Court ruled on Monday. The High Court said the law was void.",
     "Malawi High Court", "High Court"),
])
def test_a_body_named_without_its_state_is_the_one_named_with_it(text: str, name: str,
                                                                 short: str) -> None:
    bodies = [a for a in report(text).actors if a.kind is ActorKind.ORGANIZATION]
    assert [a.name for a in bodies] == [name]
    assert short in bodies[0].aliases


@pytest.mark.parametrize(("text", "name"), [
    ("North Korean leader Kim Jong Un spoke on Monday. Trump met Kim in Singapore.",
     "Kim Jong Un"),
    ("Chinese Foreign Minister Wang Yi arrived. Wang met Lavrov in Moscow on Monday.",
     "Wang Yi"),
])
def test_a_family_name_first_is_the_bare_name_later(text: str, name: str) -> None:
    people = [a for a in report(text).actors if a.kind is ActorKind.PERSON]
    assert name in [a.name for a in people]
    assert len([a for a in people if a.name.split()[0] == name.split()[0]]) == 1


def test_a_bare_family_name_two_people_share_is_no_one() -> None:
    text = "Kim Jong Un and Kim Yo Jong spoke. Kim said the talks failed."
    assert sorted(a.name for a in report(text).actors) == ["Kim Jong Un", "Kim Yo Jong"]
