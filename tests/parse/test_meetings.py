"""Meetings (stage 5a): kind, date (resolved against publication), place, participants
and outcome; later sentences about "the meeting" join it; other uses of meeting words
make no meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomod import Meeting, MeetingKind, MeetingOutcome, PartialDate, Report, extract
from diplomod.knowledge import default_knowledge_base
from diplomod.parse.actors import find_actor_mentions
from diplomod.parse.context import build_context
from diplomod.parse.document import parse_document
from diplomod.parse.gazetteer import gazetteer_for
from diplomod.parse.meetings import extract_meetings
from diplomod.parse.resolve import resolve_actors

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def report(text: str, published: dt.date = PUBLISHED) -> Report:
    return extract(text, published=published, document_id="t")


def only_meeting(text: str, published: dt.date = PUBLISHED) -> tuple[Meeting, Report]:
    r = report(text, published)
    assert len(r.meetings) == 1, r.meetings
    return r.meetings[0], r


def participant_names(meeting: Meeting, r: Report) -> list[str]:
    return [r.actor(p.actor_id).name for p in meeting.participants]


# -- kinds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "date", "location"),
    [
        ("Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani President "
         "Ilham Aliyev in Almaty on Tuesday.", MeetingKind.TALKS, "2024-03-12", "Almaty"),
        ("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday.", MeetingKind.TALKS,
         "2024-03-12", "Warsaw"),
        ("Antony Blinken made a visit to Kyiv on Monday.", MeetingKind.VISIT, "2024-03-11",
         "Kyiv"),
        ("Volodymyr Zelensky spoke by phone with Andrzej Duda on Sunday.", MeetingKind.CALL,
         "2024-03-10", None),
        ("Leaders of the African Union held a summit in Addis Ababa on Saturday.",
         MeetingKind.SUMMIT, "2024-03-09", "Addis Ababa"),
        ("Volodymyr Zelensky and Andrzej Duda held a joint press conference in Warsaw on "
         "Monday.", MeetingKind.PRESS_CONFERENCE, "2024-03-11", "Warsaw"),
    ],
)
def test_kind_date_and_place(text: str, kind: MeetingKind, date: str,
                             location: str | None) -> None:
    meeting, _ = only_meeting(text)
    assert meeting.kind is kind
    assert meeting.date == PartialDate.parse(date)
    assert meeting.location == location


def test_visited_a_city_is_a_visit_there() -> None:
    meeting, r = only_meeting("Antony Blinken visited Kyiv on Monday.")
    assert (meeting.kind, meeting.date, meeting.location) == (
        MeetingKind.VISIT, PartialDate.parse("2024-03-11"), "Kyiv")
    assert participant_names(meeting, r) == ["Antony Blinken"]


def test_called_a_person_is_a_call() -> None:
    meeting, r = only_meeting("Volodymyr Zelensky called Andrzej Duda on Sunday.")
    assert (meeting.kind, meeting.date, meeting.location) == (
        MeetingKind.CALL, PartialDate.parse("2024-03-10"), None)
    assert participant_names(meeting, r) == ["Volodymyr Zelensky", "Andrzej Duda"]


def test_a_call_has_no_place_even_when_one_is_named() -> None:
    meeting, _ = only_meeting("Volodymyr Zelensky, in Kyiv, spoke by phone with Andrzej Duda "
                              "on Sunday.")
    assert meeting.kind is MeetingKind.CALL
    assert meeting.location is None


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "weekday", "expected"),
    [
        (dt.date(2024, 3, 13), "Tuesday", "2024-03-12"),
        (dt.date(2024, 3, 13), "Wednesday", "2024-03-13"),  # the day of publication
        (dt.date(2024, 3, 13), "Thursday", "2024-03-07"),  # past tense: the one before
        (dt.date(2025, 1, 2), "Monday", "2024-12-30"),  # across a new year
    ],
)
def test_a_weekday_in_past_tense_is_the_latest_such_day(published: dt.date, weekday: str,
                                                        expected: str) -> None:
    meeting, _ = only_meeting(
        f"Nikol Pashinyan held talks with Ilham Aliyev in Almaty on {weekday}.", published)
    assert meeting.date == PartialDate.parse(expected)
    assert meeting.outcome is not MeetingOutcome.SCHEDULED


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [("Monday", "2024-03-18"), ("Thursday", "2024-03-14")],
)
def test_a_future_meeting_is_scheduled_on_the_next_such_day(weekday: str,
                                                            expected: str) -> None:
    meeting, r = only_meeting(
        f"Volodymyr Zelensky will meet Andrzej Duda in Warsaw on {weekday}.")
    assert meeting.date == PartialDate.parse(expected)
    assert meeting.outcome is MeetingOutcome.SCHEDULED
    assert meeting.location == "Warsaw"
    assert participant_names(meeting, r) == ["Volodymyr Zelensky", "Andrzej Duda"]


def test_an_expected_meeting_next_week_is_scheduled_with_month_precision() -> None:
    meeting, _ = only_meeting("Volodymyr Zelensky is expected to hold talks with Andrzej Duda "
                              "in Warsaw next week.")
    assert meeting.outcome is MeetingOutcome.SCHEDULED
    assert meeting.date == PartialDate.parse("2024-03")


def test_an_absolute_date_is_kept() -> None:
    meeting, _ = only_meeting("Nikol Pashinyan held talks with Ilham Aliyev in Almaty on "
                              "February 20.")
    assert meeting.date == PartialDate.parse("2024-02-20")


def test_without_publication_date_a_weekday_stays_unresolved() -> None:
    r = extract("Nikol Pashinyan held talks with Ilham Aliyev in Almaty on Tuesday.")
    assert [m.date for m in r.meetings] == [None]
    assert [m.location for m in r.meetings] == ["Almaty"]


# -- participants ---------------------------------------------------------------------


def test_participants_are_the_people_named() -> None:
    meeting, r = only_meeting(
        "Ukrainian President Volodymyr Zelensky and his Polish counterpart Andrzej Duda held "
        "talks in Warsaw on Tuesday, as Ukraine and Poland sought to settle the grain dispute.")
    assert participant_names(meeting, r) == ["Volodymyr Zelensky", "Andrzej Duda"]
    # the states act elsewhere in the sentence, so they are actors, but not participants
    assert {"Ukraine", "Poland"} <= {a.name for a in r.actors}


def test_states_take_part_when_no_person_is_named() -> None:
    meeting, r = only_meeting("Ukraine and Poland held talks in Warsaw on Tuesday.")
    assert participant_names(meeting, r) == ["Ukraine", "Poland"]


def test_an_organization_can_take_part() -> None:
    meeting, r = only_meeting("Leaders of the African Union held a summit in Addis Ababa on "
                              "Saturday.")
    assert participant_names(meeting, r) == ["African Union"]


def test_demonym_officials_take_part_as_their_state() -> None:
    meeting, r = only_meeting("Yemen's foreign minister, Nasser Qadri, met Saudi officials in "
                              "Riyadh on Monday.")
    assert (meeting.kind, meeting.date, meeting.location) == (
        MeetingKind.TALKS, PartialDate.parse("2024-03-11"), "Riyadh")
    assert participant_names(meeting, r) == ["Nasser Qadri", "Saudi Arabia"]


def test_a_person_met_during_a_visit_takes_part() -> None:
    r = report("Volodymyr Zelensky visited Warsaw on Monday, where he met Andrzej Duda.")
    assert r.meetings
    assert set(participant_names(r.meetings[0], r)) == {"Volodymyr Zelensky", "Andrzej Duda"}


def test_the_host_who_receives_a_visitor_takes_part() -> None:
    r = report("Turkish President Recep Tayyip Erdogan paid a visit to Baku on Monday, where he "
               "was received by Ilham Aliyev.")
    assert r.meetings
    assert "Ilham Aliyev" in participant_names(r.meetings[0], r)


def test_every_participant_is_an_actor_of_the_report() -> None:
    r = report("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday. "
               "Nikol Pashinyan held talks with Ilham Aliyev in Almaty on Monday.")
    assert len(r.meetings) == 2
    for meeting in r.meetings:
        assert meeting.participants
        assert all(r.has_actor(p.actor_id) for p in meeting.participants)


# -- outcomes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "outcome"),
    [
        ("and ended without a breakthrough", MeetingOutcome.NO_BREAKTHROUGH),
        ("but failed to agree on a truce", MeetingOutcome.NO_BREAKTHROUGH),
        ("and reached an agreement on prisoner exchanges", MeetingOutcome.AGREEMENT),
        ("and called them constructive", MeetingOutcome.PROGRESS),
        ("", MeetingOutcome.UNKNOWN),
    ],
)
def test_outcome_cues(tail: str, outcome: MeetingOutcome) -> None:
    meeting, _ = only_meeting(f"Nikol Pashinyan and Ilham Aliyev held talks in Almaty on "
                              f"Tuesday {tail}.".replace(" .", "."))
    assert meeting.outcome is outcome


# -- anaphora and merging ------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "outcome"),
    [
        ("The meeting ended without a breakthrough.", MeetingOutcome.NO_BREAKTHROUGH),
        ("The talks made progress on grain transit.", MeetingOutcome.PROGRESS),
    ],
)
def test_the_meeting_in_a_later_sentence_joins_the_meeting_before(
        second: str, outcome: MeetingOutcome) -> None:
    first = "Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday."
    meeting, _ = only_meeting(f"{first} {second}")
    assert meeting.outcome is outcome
    assert meeting.date == PartialDate.parse("2024-03-12")
    # both sentences are evidence
    quotes = [ev.quote for ev in meeting.evidence]
    assert first in quotes
    assert second in quotes


def test_two_reports_of_one_meeting_are_merged() -> None:
    r = report("Nikol Pashinyan held talks with Ilham Aliyev in Almaty on Tuesday. "
               "Kazakh President Kassym-Jomart Tokayev joined the talks in Almaty on Tuesday.")
    assert len(r.meetings) == 1
    assert participant_names(r.meetings[0], r) == ["Nikol Pashinyan", "Ilham Aliyev",
                                                   "Kassym-Jomart Tokayev"]


def test_different_days_are_different_meetings() -> None:
    r = report("Nikol Pashinyan held talks with Ilham Aliyev in Almaty on Monday. "
               "Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday.")
    assert [(str(m.date), m.location) for m in r.meetings] == [("2024-03-11", "Almaty"),
                                                               ("2024-03-12", "Warsaw")]
    assert [m.id for m in r.meetings] == ["meeting-1", "meeting-2"]


# -- not meetings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelensky called for a ceasefire on Tuesday.",
        "Volodymyr Zelensky called on Russia to withdraw on Tuesday.",
        "Volodymyr Zelensky spoke to reporters in Kyiv on Monday.",
        "Volodymyr Zelensky welcomed the decision in Kyiv on Monday.",
        "Analysts in Kyiv expect a cold winter.",
    ],
)
def test_other_uses_of_meeting_words_make_no_meeting(text: str) -> None:
    assert report(text).meetings == ()


def test_a_meeting_cue_without_any_actor_makes_no_meeting() -> None:
    assert report("Talks were held in Warsaw on Tuesday.").meetings == ()


# -- the stage function -------------------------------------------------------------------


def test_the_stage_reads_a_document_context() -> None:
    kb = default_knowledge_base()
    text = "Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday."
    doc = parse_document(text, document_id="t", published=PUBLISHED, kb=kb,
                         gazetteer=gazetteer_for(kb))
    table = resolve_actors(doc, find_actor_mentions(doc))
    (meeting,) = extract_meetings(build_context(doc, table))
    assert (meeting.kind, meeting.location) == (MeetingKind.TALKS, "Warsaw")
    (ev,) = meeting.evidence
    assert (ev.document_id, ev.quote, ev.rule) == ("t", text, "meeting/talks")


# -- wording from other conflicts --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelensky called Andrzej Duda a trusted friend on Sunday.",
        "Volodymyr Zelensky called the claims by Poland baseless on Sunday.",
    ],
)
def test_called_in_the_naming_sense_is_no_call(text: str) -> None:
    assert report(text).meetings == ()


def test_a_count_of_people_visiting_is_no_visit() -> None:
    assert report("More than 2.8 million Chinese tourists visited Vietnam in July.").meetings == ()


def test_met_with_needs_two_sides() -> None:
    assert report("The offensive launched by Somalia earlier this month has met with surprising "
                  "success.").meetings == ()


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Marco Rubio and David Lammy held talks in Charlevoix, Quebec, on Wednesday.",
         "Charlevoix"),
        ("Zalmay Khalilzad negotiated with Mullah Baradar in Qatar's capital, Doha, on Tuesday.",
         "Doha"),
        ("Antony Blinken made a visit to Egypt's capital on Tuesday.", "Cairo"),
    ],
)
def test_places_given_in_other_ways(text: str, location: str) -> None:
    meeting, _ = only_meeting(text)
    assert meeting.location == location


def test_a_place_the_knowledge_base_does_not_know_is_the_articles_venue() -> None:
    r = report("Foreign ministers gathered for talks in Charlevoix on Wednesday. "
               "Marco Rubio and David Lammy held a session on Wednesday.")
    assert [(m.location, str(m.date)) for m in r.meetings] == [("Charlevoix", "2024-03-13")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Volodymyr Zelensky took questions at a briefing in Kyiv on Monday.",
         MeetingKind.PRESS_CONFERENCE),
        ("Marco Rubio and David Lammy held a session in Warsaw on Monday.", MeetingKind.TALKS),
        ("Shehbaz Sharif made a visit to Quetta on Monday for a security meeting.",
         MeetingKind.TALKS),
    ],
)
def test_more_meeting_words(text: str, kind: MeetingKind) -> None:
    meeting, _ = only_meeting(text)
    assert meeting.kind is kind
    assert meeting.date == PartialDate.parse("2024-03-11")


def test_telling_a_meeting_is_a_meeting() -> None:
    meeting, r = only_meeting("Catherine Russell told a meeting of the Security Council on "
                              "Tuesday that children were suffering.")
    assert meeting.date == PartialDate.parse("2024-03-12")
    assert "Catherine Russell" in participant_names(meeting, r)


def test_a_date_of_another_event_after_since_is_not_the_meetings() -> None:
    r = report("Antony Blinken visited Israel on Tuesday. Blinken's visit to Israel is his "
               "eleventh since the war erupted on October 7, 2023.")
    assert [(m.kind, str(m.date)) for m in r.meetings] == [(MeetingKind.VISIT, "2024-03-12")]


def test_a_future_in_what_is_said_does_not_make_the_meeting_scheduled() -> None:
    meeting, _ = only_meeting("Andrzej Duda held a press conference in Warsaw on Tuesday and "
                              "said that Poland will send more aid.")
    assert meeting.outcome is not MeetingOutcome.SCHEDULED


def test_a_coming_meeting_is_not_merged_into_a_past_one() -> None:
    r = report("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday. Zelensky is expected "
               "to meet Duda again in Warsaw later this month.")
    assert [m.outcome is MeetingOutcome.SCHEDULED for m in r.meetings] == [False, True]


def test_a_month_and_a_day_with_other_sides_are_two_meetings() -> None:
    r = report("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday. Earlier this month, "
               "Nikol Pashinyan met Ilham Aliyev in Warsaw.")
    assert len(r.meetings) == 2


def test_speaking_with_someone_does_not_place_the_talk_at_the_venue() -> None:
    r = report("Volodymyr Zelensky held talks with Andrzej Duda in Warsaw on Wednesday. "
               "Steve Witkoff spoke with Vladimir Putin on Tuesday.")
    assert [(str(m.date), m.location) for m in r.meetings] == [("2024-03-13", "Warsaw"),
                                                               ("2024-03-12", None)]


def test_an_arrival_takes_the_date_of_what_the_visitor_does_next() -> None:
    r = report("Recep Tayyip Erdogan arrived in Cairo.\n\nErdogan held a joint press conference "
               "with Abdel Fattah el-Sisi on Tuesday.")
    visit = [m for m in r.meetings if m.kind is MeetingKind.VISIT]
    assert [(str(m.date), m.location) for m in visit] == [("2024-03-12", "Cairo")]


def test_an_undated_meeting_at_the_venue_with_other_sides_is_on_the_venues_day() -> None:
    r = report("Antony Blinken held talks in Cairo on Tuesday.\n\nSeparately, Abdel Fattah "
               "el-Sisi met with William Burns and Tamim bin Hamad Al Thani.")
    assert [(str(m.date), m.location) for m in r.meetings] == [("2024-03-12", "Cairo"),
                                                               ("2024-03-12", "Cairo")]
    assert participant_names(r.meetings[1], r)[0] == "Abdel Fattah el-Sisi"


def test_talks_that_failed_at_a_summit_had_no_breakthrough() -> None:
    meeting, _ = only_meeting("Donald Trump and Kim Jong Un have been at odds since talks failed "
                              "at the Hanoi summit in February.")
    assert meeting.kind is MeetingKind.SUMMIT
    assert meeting.location == "Hanoi"
    assert meeting.outcome is MeetingOutcome.NO_BREAKTHROUGH


# -- who takes part: the sides of the meeting, not what it is about ------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the states a session is about are topics
        ("On Tuesday, Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani "
         "President Ilham Aliyev in Almaty on threats posed by Russia, Iran and Turkey.",
         ["Nikol Pashinyan", "Ilham Aliyev"]),
        ("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday to discuss relations "
         "with Hungary.", ["Volodymyr Zelensky", "Andrzej Duda"]),
        # the parties to a war the talks are about are not at the table
        ("Nikol Pashinyan held talks with Ilham Aliyev in Almaty on Tuesday about the "
         "exchange of prisoners between Russia and Ukraine.", ["Nikol Pashinyan",
                                                              "Ilham Aliyev"]),
    ],
)
def test_topics_are_not_participants(text: str, names: list[str]) -> None:
    meeting, r = only_meeting(text)
    assert participant_names(meeting, r) == names


def test_a_date_after_on_is_no_topic() -> None:
    meeting, r = only_meeting("Volodymyr Zelensky met on Tuesday with Andrzej Duda in "
                              "Warsaw.")
    assert participant_names(meeting, r) == ["Volodymyr Zelensky", "Andrzej Duda"]


def test_actors_inside_a_quote_are_not_participants() -> None:
    meeting, r = only_meeting('"We urge Russia to stop," Andrzej Duda told a press conference '
                              "in Warsaw on Tuesday.")
    assert participant_names(meeting, r) == ["Andrzej Duda"]


def test_an_owner_is_not_a_participant_but_a_visitor_is() -> None:
    meeting, r = only_meeting("Vladimir Putin's envoy, Steve Witkoff, met Recep Tayyip "
                              "Erdogan in Ankara on Tuesday.")
    assert participant_names(meeting, r) == ["Steve Witkoff", "Recep Tayyip Erdogan"]
    meeting, r = only_meeting("Antony Blinken's visit to Kyiv on Monday was his fifth.")
    assert participant_names(meeting, r) == ["Antony Blinken"]


def test_a_delegation_after_a_possessive_takes_part() -> None:
    meeting, r = only_meeting("Egyptian mediators held talks with Hamas's delegation in Cairo "
                              "on Tuesday.")
    assert "Hamas" in participant_names(meeting, r)


def test_the_reporter_of_a_meeting_is_not_in_it() -> None:
    meeting, r = only_meeting("Andrzej Duda told reporters on Tuesday that Armenia and "
                              "Azerbaijan would hold talks in Warsaw next week.")
    assert participant_names(meeting, r) == ["Armenia", "Azerbaijan"]


def test_actors_of_a_clause_after_the_meeting_are_not_in_it() -> None:
    meeting, r = only_meeting("Antony Blinken met Benjamin Netanyahu in Jerusalem on Tuesday, "
                              "after Iran launched missiles.")
    assert participant_names(meeting, r) == ["Antony Blinken", "Benjamin Netanyahu"]


def test_a_side_is_its_people_across_all_reports_of_a_meeting() -> None:
    text = ("Antony Blinken held talks with Andrzej Duda in Warsaw on Tuesday. "
            "The talks between the United States and Poland ended without a breakthrough.")
    meeting, r = only_meeting(text)
    assert participant_names(meeting, r) == ["Antony Blinken", "Andrzej Duda"]


def test_there_after_a_meeting_names_who_was_at_it() -> None:
    text = ("Washington and Moscow have been at odds since talks failed at the Geneva summit "
            "held in February. There, Vladimir Putin asked Joe Biden for sanctions relief.")
    meeting, r = only_meeting(text)
    assert meeting.kind is MeetingKind.SUMMIT
    assert sorted(participant_names(meeting, r)) == ["Joe Biden", "Vladimir Putin"]


def test_an_anaphor_joins_only_a_meeting_of_its_kind() -> None:
    text = ("Recep Tayyip Erdogan held a joint press conference in Cairo on Tuesday with "
            "Abdel Fattah el-Sisi. It seems that the negotiations between Israel and Hamas "
            "ended without an agreement.")
    meeting, r = only_meeting(text)
    assert meeting.kind is MeetingKind.PRESS_CONFERENCE
    assert participant_names(meeting, r) == ["Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"]


# -- dates, places and non-meetings on unseen wording ------------------------------------


@pytest.mark.parametrize("text", [
    "The plan met with opposition from China and Russia on Tuesday.",
    "Pakistan has received 23 bailout packages from the IMF since 1958.",
    "Ukraine on Tuesday welcomed the U.S. proposal for a ceasefire.",
    "VOA spoke with Richard Armitage on Tuesday about Taiwan.",
    "Experts see little chance that another summit between Joe Biden and Xi Jinping "
    "will take place this year.",
    "Olaf Scholz on Tuesday said talks with China must continue.",
    "The United States called on Israel and Hamas to resume stalled talks on Tuesday.",
    "A cargo ship from Iran arrived in eastern China on Tuesday.",
])
def test_wordings_that_make_no_meeting(text: str) -> None:
    assert report(text).meetings == ()


def test_hosted_a_person_is_a_meeting() -> None:
    meeting, r = only_meeting("Joe Biden hosted Recep Tayyip Erdogan in Washington on Tuesday.")
    assert (meeting.kind, meeting.location) == (MeetingKind.TALKS, "Washington")
    assert participant_names(meeting, r) == ["Joe Biden", "Recep Tayyip Erdogan"]


def test_a_coming_visit_is_not_dated_by_the_day_it_was_announced() -> None:
    meeting, _ = only_meeting("Vikram Misri said Saturday that Narendra Modi will soon visit "
                              "Sri Lanka.")
    assert meeting.date is None
    assert meeting.outcome is MeetingOutcome.SCHEDULED


def test_the_destination_of_a_visit_is_no_participant() -> None:
    meeting, r = only_meeting("Narendra Modi visited Mauritius on Tuesday.")
    assert participant_names(meeting, r) == ["Narendra Modi"]


def test_no_date_from_someone_elses_post_before() -> None:
    text = ("Volodymyr Zelenskyy wrote Monday in a post on X that Russia must agree. "
            "The G7 talks in Charlevoix brought together Marco Rubio and Melanie Joly. "
            "On Wednesday, Marco Rubio and Melanie Joly held a session in Charlevoix.")
    meeting, _ = only_meeting(text)
    assert meeting.date == PartialDate(2024, 3, 13)


def test_a_speech_at_a_meeting_this_week_takes_the_day_said_next() -> None:
    text = ("Speaking at a United Nations Security Council meeting on Afghanistan this week, "
            "Pakistan's envoy Munir Akram said Kabul was failing. "
            "\"Kabul has failed,\" the envoy said Monday.")
    meeting, r = only_meeting(text)
    assert meeting.date == PartialDate(2024, 3, 11)
    assert "Afghanistan" not in participant_names(meeting, r)


def test_no_place_from_a_that_clause() -> None:
    r = report("Ishaq Dar confirmed during a news conference on Tuesday that Islamabad is "
               "negotiating a loan.")
    assert [m.location for m in r.meetings] == [None]


def test_a_place_named_once_is_no_venue_of_the_article() -> None:
    text = ("Earlier this month, Donald Trump hosted Recep Tayyip Erdogan in the White House. "
            "A State Department official told reporters at a briefing on Tuesday that Turkey "
            "must act.")
    r = report(text)
    briefing = [m for m in r.meetings if m.kind is MeetingKind.PRESS_CONFERENCE]
    assert [m.location for m in briefing] == [None]


def test_no_day_borrowed_from_another_events_possessive() -> None:
    text = ("Pakistani officials confirmed Tuesday that 31 people died in Sunday's train "
            "hijacking. In a news briefing, Ahmed Sharif Chaudhry said 18 soldiers were killed.")
    meeting, _ = only_meeting(text)
    assert meeting.kind is MeetingKind.PRESS_CONFERENCE
    assert meeting.date == PartialDate(2024, 3, 12)


# -- rules for unseen news: places, dates and sides told elsewhere ---------------------


def test_a_place_is_given_without_its_article() -> None:
    meeting, _ = only_meeting("Narendra Modi will visit the Maldives next month.")
    assert meeting.location == "Maldives"


def test_the_visit_on_a_day_refines_a_visit_of_last_month() -> None:
    text = ("During a visit by Keir Starmer to the White House last month, Donald Trump said "
            "he liked the deal. Trump told Starmer during the visit on Feb. 27 that it would "
            "work out.")
    meeting, _ = only_meeting(text)
    assert meeting.date == PartialDate(2024, 2, 27)


def test_due_to_travel_to_is_a_coming_visit() -> None:
    meeting, _ = only_meeting("Narendra Modi is due to travel to Mauritius on Friday.")
    assert meeting.kind is MeetingKind.VISIT
    assert meeting.location == "Mauritius"
    assert meeting.date == PartialDate(2024, 3, 15)
    assert meeting.outcome is MeetingOutcome.SCHEDULED


def test_a_state_where_the_sides_meet_is_the_place() -> None:
    meeting, _ = only_meeting("Vladimir Putin is due to meet Recep Tayyip Erdogan in Turkey "
                              "in April.")
    assert meeting.location == "Turkey"


def test_no_state_place_from_what_a_meeting_is_about() -> None:
    r = report("Antony Blinken met Sameh Shoukry on Tuesday to discuss the war in Sudan.")
    assert [m.location for m in r.meetings] == [None]


def test_a_headline_state_gives_way_to_the_city() -> None:
    text = ("The CIA and Mossad meet in Egypt\n\nCIA Director William Burns met Mossad head "
            "David Barnea in Cairo on Tuesday.")
    meeting, _ = only_meeting(text)
    assert meeting.location == "Cairo"


def test_a_news_conference_takes_the_day_of_the_saying_before() -> None:
    text = ("Pakistan said Sunday that its talks with lenders were going well. Finance Minister "
            "Muhammad Aurangzeb confirmed during a news conference that a loan was near.")
    meeting, _ = only_meeting(text)
    assert meeting.kind is MeetingKind.PRESS_CONFERENCE
    assert meeting.date == PartialDate(2024, 3, 10)


def test_a_dated_placed_summit_without_sides_takes_those_before() -> None:
    text = ("Donald Trump met Kim Jong Un for the first time at the Singapore summit in June "
            "2018. Their second summit was in February 2019 in Hanoi.")
    r = report(text)
    hanoi = [m for m in r.meetings if m.location == "Hanoi"]
    assert len(hanoi) == 1
    assert hanoi[0].date == PartialDate(2019, 2)
    assert "Donald Trump" in participant_names(hanoi[0], r)


def test_a_visit_to_two_states_is_two_visits() -> None:
    r = report("Yoshihide Suga visited Vietnam and Indonesia last week.")
    assert sorted(m.location or "" for m in r.meetings) == ["Indonesia", "Vietnam"]
    for m in r.meetings:
        assert participant_names(m, r) == ["Yoshihide Suga"]


def test_a_cue_inside_an_actors_name_is_no_meeting() -> None:
    r = report("Since Joe Biden took office in January, the Quadrilateral Security Dialogue "
               "has become the focus of efforts.")
    assert r.meetings == ()


def test_a_video_link_is_a_call() -> None:
    meeting, _ = only_meeting("Recep Tayyip Erdogan spoke by video link last week with "
                              "Emmanuel Macron.")
    assert meeting.kind is MeetingKind.CALL


def test_a_year_alone_is_no_meeting_date() -> None:
    r = report("Michel Barnier spoke at the start of the Brexit negotiations in 2016.")
    assert r.meetings == ()


@pytest.mark.parametrize("text", [
    "The minister spoke with VOA on Monday in Kabul.",
    "VOA spoke with the minister in Kabul on Monday.",
    "The foreign minister spoke to Reuters in Ankara on Monday.",
])
def test_an_interview_with_a_news_outlet_is_not_a_meeting(text: str) -> None:
    assert report(text).meetings == ()


def test_speaking_with_a_counterpart_is_still_a_meeting() -> None:
    m, _ = only_meeting("Blinken spoke with Lavrov in Geneva on Monday.")
    assert m.location == "Geneva"
