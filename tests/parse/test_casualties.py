"""Casualty claims (stage 5d): figure and qualifier, what it counts, of whom, who claims
it, how the article hedges it; numbers that count no people are no claims."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import (
    CasualtyClaim,
    CasualtyKind,
    PartialDate,
    Qualifier,
    Report,
    Verification,
    extract,
)

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def report(text: str) -> Report:
    return extract(text, published=PUBLISHED, document_id="t")


def claims(text: str) -> tuple[CasualtyClaim, ...]:
    return report(text).casualty_claims


def only_claim(text: str) -> CasualtyClaim:
    found = claims(text)
    assert len(found) == 1, found
    return found[0]


def summary(claim: CasualtyClaim) -> tuple[str, int, int | None, str]:
    f = claim.figure
    return claim.kind.value, f.count, f.high, f.qualifier.value


# -- figures and what they count --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 74 people were killed in the attack on El Fasher.",
         ("killed", 74, None, "at_least")),
        ("More than 1,000 civilians have been killed in Darfur.",
         ("killed", 1000, None, "more_than")),
        ("Between 35 and 40 soldiers were wounded near Bakhmut.",
         ("injured", 35, 40, "range")),
        ("Some 2,000 people were displaced by the fighting in Kordofan.",
         ("displaced", 2000, None, "about")),
        ("Nearly 300 people are missing after the raid on the camp.",
         ("missing", 300, None, "nearly")),
        ("A dozen soldiers were killed near Bakhmut.", ("killed", 12, None, "about")),
        ("Sudanese forces freed 120 captives on Sunday.", ("released", 120, None, "exact")),
        ("The gunmen abducted 87 students in Kaduna.", ("held_captive", 87, None, "exact")),
        ("An estimated 1.4 million people have fled El Fasher.",
         ("displaced", 1400000, None, "about")),
    ],
)
def test_figure_qualifier_and_kind(text: str, expected: tuple[str, int, int | None, str]) -> None:
    assert summary(only_claim(text)) == expected


@pytest.mark.parametrize(
    ("words", "count"),
    [("three", 3), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
     ("fifteen", 15), ("nineteen", 19), ("twenty-one", 21), ("one hundred and five", 105),
     ("a hundred", 100)],
)
def test_a_count_in_words(words: str, count: int) -> None:
    claim = only_claim(f"Russian strikes killed {words} civilians in Kharkiv.")
    assert summary(claim) == ("killed", count, None, "exact")
    assert claim.figure.text == words


def test_the_group_is_the_people_counted() -> None:
    assert only_claim("Russian strikes killed 14 civilians in Kharkiv.").group == "civilians"
    assert only_claim("Sudanese forces freed 120 captives on Sunday.").group == "captives"


def test_holding_crew_members_is_a_captive_count() -> None:
    found = claims("The Houthis are holding 25 crew members of the Galaxy Leader.")
    assert [(c.kind.value, c.figure.count) for c in found] == [("held_captive", 25)]


def test_two_kinds_in_one_sentence_are_two_claims() -> None:
    found = claims("The drone strike killed 14 civilians and injured 30 others in Kharkiv.")
    assert [summary(c) for c in found] == [("killed", 14, None, "exact"),
                                           ("injured", 30, None, "exact")]


def test_a_figure_reported_twice_is_one_claim() -> None:
    found = claims("The strike killed 12 people in Sumy. Officials in Sumy said 12 people "
                   "were killed.")
    assert [summary(c) for c in found] == [("killed", 12, None, "exact")]


# -- claimant, hedge, date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("At least 74 people were killed in El Fasher, according to the health ministry.",
         "health ministry"),
        ("Ukraine says 14 civilians were killed in Kharkiv.", "Ukraine"),
        ("UNICEF said 40 children were injured in the shelling.", "UNICEF"),
        ("Russian strikes killed 14 civilians, according to regional governor Oleh "
         "Synehubov.", "regional governor Oleh Synehubov"),
        ("In 2022, the war killed 7,000 civilians, according to the UN.", "UN"),
    ],
)
def test_the_claimant_is_the_source_the_sentence_gives(text: str, claimant: str) -> None:
    claim = only_claim(text)
    assert claim.claimed_by == claimant
    assert claimant in [ev.attribution for ev in claim.evidence]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("More than 1,000 civilians have been killed since April, the United Nations said.",
         "United Nations"),
        ("Russian strikes killed 14 civilians in Kharkiv on Tuesday, Ukrainian officials said.",
         "Ukrainian officials"),
        ("The Houthis said 12 sailors were taken hostage.", "Houthis"),
        ("Sudan's health ministry says 74 people were killed in El Fasher.",
         "Sudan's health ministry"),
        ("An estimated 1.4 million people have fled El Fasher, the UN refugee agency "
         "estimated.", "UN refugee agency"),
    ],
)
def test_the_claimant_of_a_said_clause(text: str, claimant: str) -> None:
    claim = only_claim(text)
    assert claim.claimed_by
    assert claimant.lower().replace("the ", "") in claim.claimed_by.lower(), claim.claimed_by


def test_the_source_of_a_figure_is_not_an_actor() -> None:
    found = [a.name for a in report("Sudan's health ministry says 74 people were killed in "
                                    "El Fasher.").actors]
    assert not [name for name in found if "ministry" in name.lower()], found


def test_in_the_articles_own_voice_there_is_no_claimant() -> None:
    assert only_claim("Russian strikes killed 14 civilians in Kharkiv.").claimed_by is None


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said 12 sailors were taken hostage. "
        "The figure cannot be independently verified.",
        "The strike on Sumy killed 12 people, a toll that could not be independently verified.",
    ],
)
def test_a_hedge_is_kept_and_marks_the_claim_unverified(text: str) -> None:
    claim = only_claim(text)
    assert claim.figure.count == 12
    assert claim.verification is Verification.UNVERIFIED
    assert len(claim.hedges) == 1
    assert "independently verified" in claim.hedges[0]


def test_without_a_hedge_verification_is_unknown() -> None:
    claim = only_claim("Russian strikes killed 14 civilians in Kharkiv.")
    assert claim.hedges == ()
    assert claim.verification is Verification.UNKNOWN


def test_a_hedge_two_sentences_later_does_not_count() -> None:
    claim = only_claim("Russian strikes killed 14 civilians in Kharkiv. Power was cut. "
                       "The figure cannot be independently verified.")
    assert claim.verification is Verification.UNKNOWN


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Russian strikes killed 14 civilians in Kharkiv on Monday.", "2024-03-11"),
        ("In 2022, the war killed 7,000 civilians.", "2022"),
        ("Russian strikes killed 14 civilians in Kharkiv.", None),
        ("Russian strikes killed 14 civilians in Kharkiv on Wednesday.", None),  # = published
    ],
)
def test_as_of_is_a_date_of_the_sentence_other_than_publication(text: str,
                                                                as_of: str | None) -> None:
    claim = only_claim(text)
    assert claim.as_of == (PartialDate.parse(as_of) if as_of else None)


# -- not claims -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government pledged $500 million in aid for victims of the fighting.",
        "In 2023, the war killed civilians across Darfur.",
        "Deaths rose 20 percent in El Fasher last month.",
        "Shells landed 40 kilometers from the border and killed livestock.",
        "Dozens of people were killed and hundreds were wounded.",
        "Tens of thousands of people have fled Khartoum.",
        "The army said it had 2,000 troops in the city.",
        "The talks took 12 hours, and officials met 3 times over 40 days in 15 cities.",
        "Resolution 2736 demanded that the siege of El Fasher end.",
    ],
)
def test_numbers_that_count_no_casualties_are_no_claims(text: str) -> None:
    assert claims(text) == ()


def test_evidence_quotes_the_figure_and_the_sentence() -> None:
    text = "At least 74 people were killed in El Fasher, according to the health ministry."
    claim = only_claim(text)
    figure_ev, sentence_ev = claim.evidence
    assert figure_ev.quote == "At least 74"
    assert sentence_ev.quote == text
    assert text[figure_ev.start:figure_ev.end] == figure_ev.quote  # type: ignore[misc]


def test_kinds_are_the_vocabulary() -> None:
    found = claims("Russian strikes killed 14 civilians and injured 30 others in Kharkiv. "
                   "Some 2,000 people were displaced. Nearly 300 people are missing.")
    assert {c.kind for c in found} == {CasualtyKind.KILLED, CasualtyKind.INJURED,
                                       CasualtyKind.DISPLACED, CasualtyKind.MISSING}
    assert all(isinstance(c.figure.qualifier, Qualifier) for c in found)
    assert len({c.id for c in found}) == len(found)


# -- unseen wording: what a figure counts ------------------------------------------------


def test_a_kind_word_before_the_people_is_not_the_group() -> None:
    claim = only_claim("Medics said 17 injured people were taken to a hospital in Sumy.")
    assert summary(claim) == ("injured", 17, None, "exact")
    assert claim.group == "people"


def test_a_figure_after_a_toll_counts_the_dead() -> None:
    claim = only_claim("Officials in Goma raised the death toll to more than 60 on Monday.")
    assert summary(claim) == ("killed", 60, None, "more_than")
    assert claim.claimed_by == "Officials in Goma"
    claim = only_claim("Rescuers said the death toll had risen to at least 63.")
    assert summary(claim) == ("killed", 63, None, "at_least")


def test_the_subject_of_a_casualty_verb_is_counted() -> None:
    claim = only_claim("Nine aid convoy volunteers aboard were killed.")
    assert summary(claim) == ("killed", 9, None, "exact")
    assert claim.group == "aid convoy volunteers"


def test_what_befell_the_people_decides_the_kind() -> None:
    found = claims("The army said 354 passengers were freed, 37 of whom were injured.")
    assert [summary(c) for c in found] == [("released", 354, None, "exact"),
                                           ("injured", 37, None, "exact")]


def test_a_part_of_them_counts_people() -> None:
    found = claims("Troops shot dead two gunmen, and four of them blew themselves up.")
    assert [summary(c) for c in found] == [("killed", 2, None, "exact"),
                                           ("killed", 4, None, "exact")]


def test_one_figure_for_killed_and_injured_counts_the_killed() -> None:
    claim = only_claim("The general said his forces had killed and injured 1,000 rebels.")
    assert summary(claim) == ("killed", 1000, None, "exact")


def test_a_part_of_a_toll_is_its_own_claim() -> None:
    found = claims("Soldiers killed two rebels near the border. Seven other people, "
                   "including two village elders, were killed.")
    assert [(summary(c), c.group) for c in found] == [
        (("killed", 2, None, "exact"), "rebels"),
        (("killed", 7, None, "exact"), "other people"),
        (("killed", 2, None, "exact"), "village elders")]


def test_an_arrest_holds_people() -> None:
    claim = only_claim("The raid led to the arrest of another five people in the port city.")
    assert summary(claim) == ("held_captive", 5, None, "exact")


def test_a_capacity_is_no_claim() -> None:
    assert claims("The new prison can hold only 130 detainees.") == ()


# -- unseen wording: who claims it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Security forces in the region say they killed all six attackers.",
         "Security forces in the region"),
        ("The officials also said they arrested seven suspected rebels.", "officials"),
        ("The military claimed the killing of 33 fighters.", "military"),
        ("During a visit to the city on Thursday, the prime minister told reporters 339 "
         "passengers were rescued.", "prime minister"),
        ("In a statement, the banned separatist group said it had taken more than 100 "
         "passengers hostage.", "banned separatist group"),
        ("The U.N. says the conflict displaced some 12 million people.", "U.N."),
        ("Officials and victims' families told reporters that 63 people were killed.",
         "Officials and victims' families"),
        ("The spokesman, a retired colonel, said 354 passengers were freed.", "spokesman"),
        ("About 40 rebels were killed, said Colonel Ahmed Bashir.", "Colonel Ahmed Bashir"),
        ("The strike killed 12 people, according to a U.S. defense official.",
         "U.S. defense official"),
        ("Quoting local officials, the agency reported that 105 civilians were released.",
         "local officials"),
        ("The toll includes some 900 fighters the army says it has killed.", "army"),
    ],
)
def test_unseen_wording_of_a_source(text: str, claimant: str) -> None:
    assert only_claim(text).claimed_by == claimant


def test_according_to_in_the_middle_covers_its_own_part_only() -> None:
    found = claims("Commandos freed two captives held in the town, a raid that killed at "
                   "least 70 villagers according to local officials, who gave no details.")
    assert [(summary(c), c.claimed_by) for c in found] == [
        (("released", 2, None, "exact"), None),
        (("killed", 70, None, "at_least"), "local officials")]


def test_a_pronoun_speaker_is_the_one_before() -> None:
    found = claims("Commander Sam Okello said the operation was over. "
                   '"Our soldiers shot dead two militants," he said. '
                   '"Seven other people were killed."')
    assert [(c.figure.count, c.claimed_by) for c in found] == [
        (2, "Commander Sam Okello"), (7, "Commander Sam Okello")]
    found = claims("The rebel group said it had taken 100 passengers hostage. "
                   "It later claimed it was holding over 200 hostages.")
    assert [(c.figure.count, c.claimed_by) for c in found] == [
        (100, "rebel group"), (200, "rebel group")]


def test_claiming_responsibility_is_no_source() -> None:
    claim = only_claim("The group claimed responsibility for the blast, which killed 12 "
                       "people.")
    assert claim.claimed_by is None


def test_a_verb_in_a_clause_before_is_no_source() -> None:
    claim = only_claim("After the ministry said talks would resume, an airstrike killed "
                       "12 people.")
    assert claim.claimed_by is None


def test_a_source_closing_the_sentence_with_a_statement() -> None:
    claim = only_claim("At least 12 people were killed, the interior ministry said in a "
                       "statement.")
    assert claim.claimed_by == "interior ministry"


def test_a_relative_clause_is_no_source() -> None:
    claim = only_claim("The rebels, whom the army says started the war, killed 1,200 people.")
    assert claim.claimed_by is None


def test_a_bare_figure_before_a_casualty_verb_counts_people() -> None:
    found = claims("According to the ministry, 40 people died and 12 were injured.")
    assert [(summary(c), c.claimed_by) for c in found] == [
        (("killed", 40, None, "exact"), "ministry"),
        (("injured", 12, None, "exact"), "ministry")]
    assert claims("Of the 300 tanks, 12 were destroyed.") == ()


@pytest.mark.parametrize(("text", "kind", "count", "group"), [
    ("The number of displaced people in Sudan has surpassed 7 million, the agency said.",
     "displaced", 7_000_000, "displaced people"),
    ("The number of refugees who fled to Chad has topped 600,000.", "displaced", 600_000,
     "refugees"),
    ("The total number of soldiers killed has risen to 4,500.", "killed", 4_500, "soldiers"),
    ("The number of detainees held by the militia stood at 320.", "held_captive", 320,
     "detainees"),
])
def test_a_count_named_before_its_figure(text: str, kind: str, count: int,
                                         group: str) -> None:
    claim = only_claim(text)
    assert (claim.kind.value, claim.figure.count, claim.group) == (kind, count, group)


@pytest.mark.parametrize("text", [
    "The number of trucks entering the city reached 200 on Monday.",
    "The number of attacks rose to 45 last month.",
    "The number of countries backing the plan has grown to 30.",
])
def test_the_number_of_things_is_no_casualty_count(text: str) -> None:
    assert claims(text) == ()


@pytest.mark.parametrize("text", [
    "Kyiv sent a nine-person delegation to talks on a prisoner swap.",
    "A 12-member team negotiated the release of the hostages.",
])
def test_a_figure_in_a_compound_modifier_counts_no_one(text: str) -> None:
    assert claims(text) == ()


@pytest.mark.parametrize(("text", "claimant"), [
    # the figure after the verb is what is said, not who says it
    ("Vladimir Medinsky, the head of the delegation, said the coming exchange, set to "
     "involve 1,000 prisoners, would be the largest yet.", "Vladimir Medinsky"),
    # a long apposition between the speaker and the verb
    ("Also on Sunday, Abdul-Qader el-Murtaza, an official in charge of prisoner "
     "exchange talks in the long conflict, said 13 prisoners arrived home.",
     "Abdul-Qader el-Murtaza"),
    # a quotation of several sentences, attributed after it closes
    ('"The toll has risen. There are now at least 122 dead. We urge the government to '
     'act," Jean Nzaghani told reporters.', "Jean Nzaghani"),
])
def test_the_speaker_of_a_figure_around_appositions_and_quotations(text: str,
                                                                   claimant: str) -> None:
    assert only_claim(text).claimed_by == claimant
