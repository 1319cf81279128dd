"""Dates: resolve_date and find_dates, their data file, and their safety."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import KnowledgeBaseError, PartialDate
from diplomod import strategies as dst
from diplomod.parse._lexicon import dates_lexicon, load_dates_lexicon
from diplomod.parse.dates import DateMention, Tense, find_dates, resolve_date

TUE_2024_02_13 = dt.date(2024, 2, 13)
WED_2024_10_23 = dt.date(2024, 10, 23)

# (expression, expected text form or None), published Tuesday 2024-02-13, tense unknown.
RESOLVE_CASES: list[tuple[str, str | None]] = [
    # absolute, with and without a year
    ("February 14", "2024-02-14"),
    ("14 February 2024", "2024-02-14"),
    ("Feb. 13", "2024-02-13"),
    ("Feb 13, 2024", "2024-02-13"),
    ("Sept. 30", "2023-09-30"),
    ("Tuesday, February 13", "2024-02-13"),
    ("Wednesday, 14 February", "2024-02-14"),
    ("February 14:th", "2024-02-14"),
    ("February 14th", "2024-02-14"),
    ("the 7th of October", "2023-10-07"),
    ("October 7", "2023-10-07"),
    ("7 October last year", "2023-10-07"),
    ("March 3 next year", "2025-03-03"),
    ("December 28", "2023-12-28"),
    ("February 2024", "2024-02"),
    ("May of 2023", "2023-05"),
    ("2024-02-13", "2024-02-13"),
    ("on July 4, 2024", "2024-07-04"),
    # weekdays
    ("Tuesday", "2024-02-13"),
    ("on Tuesday", "2024-02-13"),
    ("on Sunday", "2024-02-11"),
    ("Monday", "2024-02-12"),
    ("Wednesday", "2024-02-07"),
    ("next Thursday", "2024-02-15"),
    ("next Tuesday", "2024-02-20"),
    ("last Friday", "2024-02-09"),
    ("last Tuesday", "2024-02-06"),
    ("this past Friday", "2024-02-09"),
    ("Tuesday evening", "2024-02-13"),
    ("late Tuesday", "2024-02-13"),
    # days relative to publication
    ("today", "2024-02-13"),
    ("yesterday", "2024-02-12"),
    ("tomorrow", "2024-02-14"),
    ("last night", "2024-02-12"),
    ("the day before yesterday", "2024-02-11"),
    ("three days ago", "2024-02-10"),
    ("two weeks ago", "2024-01-30~"),
    ("a week ago", "2024-02-06~"),
    ("two months ago", "2023-12~"),
    ("a year ago", "2023~"),
    ("10 years ago", "2014~"),
    ("a few days ago", "2024-02"),
    ("a couple of days ago", "2024-02"),
    # relative to the anchor; publication when no anchor is given
    ("a day earlier", "2024-02-12"),
    ("the next day", "2024-02-14"),
    ("the day before", "2024-02-12"),
    # spans
    ("last week", "2024-02"),
    ("this week", "2024-02"),
    ("earlier this week", "2024-02"),
    ("next week", "2024-02"),
    ("this weekend", "2024-02"),
    ("earlier this month", "2024-02"),
    ("this month", "2024-02"),
    ("last month", "2024-01"),
    ("next month", "2024-03"),
    ("last year", "2023"),
    ("late last year", "2023"),
    ("this year", "2024"),
    ("earlier this year", "2024"),
    ("next year", "2025"),
    ("in recent days", "2024-02"),
    # months and years
    ("in November", "2023-11"),
    ("November", "2023-11"),
    ("in February", "2024-02"),
    ("early May", "2024-05"),
    ("mid-March", "2024-03"),
    ("late January", "2024-01"),
    ("last October", "2023-10"),
    ("last February", "2023-02"),
    ("next March", "2024-03"),
    ("this August", "2024-08"),
    ("January of this year", "2024-01"),
    ("in 2013", "2013"),
    ("since 2007", "2007"),
    ("late 2023", "2023"),
    ("mid-2023", "2023"),
    ("2024", "2024"),
    # the text form of a PartialDate is itself
    ("2024-02~", "2024-02~"),
    ("2023~", "2023~"),
    # not dates, or not resolvable
    ("for six weeks", None),
    ("six weeks", None),
    ("six-week", None),
    ("42 days", None),
    ("a fortnight", None),
    ("February 30", None),
    ("2024-02-30", None),
    ("the 1990s", None),
    ("13", None),
    ("1,500", None),
    ("hello", None),
    ("", None),
    ("   ", None),
    ("2014-2016", None),
]


@pytest.mark.parametrize(("expression", "expected"), RESOLVE_CASES)
def test_resolve_date(expression: str, expected: str | None) -> None:
    value = resolve_date(expression, published=TUE_2024_02_13)
    assert (str(value) if value is not None else None) == expected


# NOTES.md (the gold annotators' judgement calls), as (published, expression, anchor,
# expected).
NOTES_CASES: list[tuple[dt.date, str, str | None, str]] = [
    (WED_2024_10_23, "on Tuesday", None, "2024-10-22"),
    (WED_2024_10_23, "On Monday", None, "2024-10-21"),
    (WED_2024_10_23, "a day earlier", "2024-10-21", "2024-10-20"),
    (TUE_2024_02_13, "Tuesday", None, "2024-02-13"),
    (TUE_2024_02_13, "on Sunday", None, "2024-02-11"),
    (TUE_2024_02_13, "Monday", None, "2024-02-12"),
    (TUE_2024_02_13, "a few days ago", None, "2024-02"),
    (TUE_2024_02_13, "in November", None, "2023-11"),
    (dt.date(2024, 2, 15), "Tuesday, February 13", None, "2024-02-13"),
    (dt.date(2024, 2, 15), "Wednesday, February 14", None, "2024-02-14"),
    (dt.date(2024, 5, 7), "on Tuesday", None, "2024-05-07"),
]


@pytest.mark.parametrize(("published", "expression", "anchor", "expected"), NOTES_CASES)
def test_gold_notes_date_calls(
    published: dt.date, expression: str, anchor: str | None, expected: str
) -> None:
    value = resolve_date(
        expression,
        published=published,
        anchor=PartialDate.parse(anchor) if anchor else None,
    )
    assert str(value) == expected


# (published, expression, tense, expected)
TENSE_CASES: list[tuple[dt.date, str, Tense | None, str]] = [
    (TUE_2024_02_13, "Thursday", Tense.FUTURE, "2024-02-15"),
    (TUE_2024_02_13, "on Thursday", Tense.PAST, "2024-02-08"),
    (TUE_2024_02_13, "Thursday", None, "2024-02-08"),
    (TUE_2024_02_13, "Thursday", Tense.PRESENT, "2024-02-08"),
    (TUE_2024_02_13, "Tuesday", Tense.FUTURE, "2024-02-13"),
    (TUE_2024_02_13, "Tuesday", Tense.PAST, "2024-02-13"),
    (TUE_2024_02_13, "next Thursday", Tense.PAST, "2024-02-15"),
    (TUE_2024_02_13, "last Thursday", Tense.FUTURE, "2024-02-08"),
    (TUE_2024_02_13, "this Thursday", None, "2024-02-15"),
    (TUE_2024_02_13, "this Monday", Tense.PAST, "2024-02-12"),
    (TUE_2024_02_13, "February 20", None, "2024-02-20"),
    (TUE_2024_02_13, "February 20", Tense.PAST, "2023-02-20"),
    (TUE_2024_02_13, "February 10", Tense.FUTURE, "2025-02-10"),
    (TUE_2024_02_13, "February 13", Tense.PAST, "2024-02-13"),
    (TUE_2024_02_13, "in March", Tense.PAST, "2023-03"),
    (TUE_2024_02_13, "in January", Tense.FUTURE, "2025-01"),
    (TUE_2024_02_13, "this weekend", Tense.PAST, "2024-02"),
    (dt.date(2024, 3, 1), "this week", Tense.PAST, "2024"),
    (dt.date(2024, 3, 1), "this week", Tense.FUTURE, "2024-03"),
    (dt.date(2024, 3, 1), "last week", None, "2024-02"),
    (dt.date(2024, 3, 4), "this weekend", Tense.PAST, "2024-03"),
    (dt.date(2024, 3, 4), "over the weekend", None, "2024-03"),
    (dt.date(2024, 4, 1), "over the weekend", None, "2024-03"),
    # year inference around New Year
    (dt.date(2024, 1, 3), "December 28", None, "2023-12-28"),
    (dt.date(2024, 1, 3), "December 28", Tense.PAST, "2023-12-28"),
    (dt.date(2023, 12, 30), "January 4", Tense.FUTURE, "2024-01-04"),
    (dt.date(2023, 12, 30), "January 4", None, "2024-01-04"),
    (dt.date(2024, 1, 3), "in December", None, "2023-12"),
    (dt.date(2023, 12, 30), "in January", Tense.FUTURE, "2024-01"),
    (dt.date(2024, 1, 3), "last week", None, "2023-12"),
    (dt.date(2024, 1, 2), "a few days ago", None, "2023-12"),
    (dt.date(2024, 1, 4), "a few days ago", None, "2023~"),
    (dt.date(2024, 1, 5), "last month", None, "2023-12"),
    (dt.date(2024, 12, 30), "next month", None, "2025-01"),
    # February 29 finds its leap year
    (dt.date(2023, 3, 1), "February 29", Tense.PAST, "2020-02-29"),
    (dt.date(2024, 3, 1), "February 29", None, "2024-02-29"),
]


@pytest.mark.parametrize(("published", "expression", "tense", "expected"), TENSE_CASES)
def test_resolve_date_with_tense(
    published: dt.date, expression: str, tense: Tense | None, expected: str
) -> None:
    assert str(resolve_date(expression, published=published, tense=tense)) == expected


# (anchor, expression, expected), published 2024-02-13
ANCHOR_CASES: list[tuple[str, str, str]] = [
    ("2024-10-21", "a day earlier", "2024-10-20"),
    ("2024-10-21", "the previous day", "2024-10-20"),
    ("2024-02-12", "the next day", "2024-02-13"),
    ("2024-02-12", "two days later", "2024-02-14"),
    ("2024-02-12", "a week later", "2024-02-19~"),
    ("2024-02-12", "that day", "2024-02-12"),
    ("2024-02-12~", "a day later", "2024-02-13~"),
    ("2024-02", "the next day", "2024"),
    ("2024-02", "a month later", "2024-03~"),
    ("2022", "a year later", "2023~"),
    ("2024-02-12", "a few days later", "2024-02"),
]


@pytest.mark.parametrize(("anchor", "expression", "expected"), ANCHOR_CASES)
def test_resolve_date_counts_from_the_anchor(anchor: str, expression: str, expected: str) -> None:
    value = resolve_date(expression, published=TUE_2024_02_13, anchor=PartialDate.parse(anchor))
    assert str(value) == expected


def test_resolve_date_accepts_a_datetime_and_never_reads_the_clock() -> None:
    published = dt.datetime(2024, 2, 13, 23, 59)
    assert str(resolve_date("yesterday", published=published)) == "2024-02-12"
    assert str(resolve_date("last month", published=dt.date(1999, 1, 15))) == "1998-12"


@pytest.mark.parametrize(
    "published", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1, 1, 7), dt.date(9999, 1, 1)]
)
@pytest.mark.parametrize(
    "expression",
    ["yesterday", "tomorrow", "last year", "next year", "next week", "December 31", "January 1",
     "two years ago", "a year later", "next Monday", "last Sunday", "in November", "this weekend"],
)
def test_resolve_date_at_the_ends_of_the_calendar(published: dt.date, expression: str) -> None:
    value = resolve_date(expression, published=published)
    assert value is None or isinstance(value, PartialDate)


# find_dates: (published, text, [(mention text, value text or None, rule)])
FIND_CASES: list[tuple[dt.date | None, str, list[tuple[str, str | None, str]]]] = [
    (
        WED_2024_10_23,
        "On Monday, the agency reported that officials met in the capital a day earlier.",
        [("Monday", "2024-10-21", "date/weekday"),
         ("a day earlier", "2024-10-20", "date/anchored-day")],
    ),
    (
        TUE_2024_02_13,
        "The ministers will meet on Thursday.",
        [("Thursday", "2024-02-15", "date/weekday")],
    ),
    (
        TUE_2024_02_13,
        "The ministers met on Thursday.",
        [("Thursday", "2024-02-08", "date/weekday")],
    ),
    (
        TUE_2024_02_13,
        "Talks are expected to resume Thursday, a diplomat said.",
        [("Thursday", "2024-02-15", "date/weekday")],
    ),
    (
        TUE_2024_02_13,
        "On Thursday, the two sides are scheduled to sign the accord.",
        [("Thursday", "2024-02-15", "date/weekday")],
    ),
    (
        TUE_2024_02_13,
        "The delegation left on Sunday, and the talks resume next Thursday.",
        [("Sunday", "2024-02-11", "date/weekday"),
         ("next Thursday", "2024-02-15", "date/weekday")],
    ),
    (
        dt.date(2025, 3, 14),
        "He signed a declaration Thursday that will serve as the law for five years.",
        [("Thursday", "2025-03-13", "date/weekday")],
    ),
    (
        dt.date(2024, 2, 15),
        "The talks ended on Tuesday, February 13; the other delegation was expected on "
        "Wednesday, February 14:th, the day after the talks were finished.",
        [("Tuesday, February 13", "2024-02-13", "date/weekday-month-day"),
         ("Wednesday, February 14:th", "2024-02-14", "date/weekday-month-day")],
    ),
    (
        WED_2024_10_23,
        "He visited on 7 October last year, closed since early May, and again last October.",
        [("7 October last year", "2023-10-07", "date/day-month"),
         ("early May", "2024-05", "date/month"),
         ("last October", "2023-10", "date/month")],
    ),
    (
        TUE_2024_02_13,
        "The deal in November freed 105 people taken on October 7; talks this week follow "
        "a framework from two weeks ago.",
        [("November", "2023-11", "date/month"), ("October 7", "2023-10-07", "date/month-day"),
         ("this week", "2024-02", "date/span"), ("two weeks ago", "2024-01-30~", "date/offset")],
    ),
    (
        TUE_2024_02_13,
        "Blinken said a few days ago that it was the first visit since 2012.",
        [("a few days ago", "2024-02", "date/offset"), ("2012", "2012", "date/year")],
    ),
    (
        WED_2024_10_23,
        "The chief was killed earlier last week. A few days later, the aide was removed.",
        [("earlier last week", "2024-10", "date/span"),
         ("A few days later", "2024", "date/offset")],
    ),
    (
        TUE_2024_02_13,
        'Aawsat. "Truce Talks Open in Cairo" Published on February 13, 2024. available at: '
        "<<https://example.com/2024/2/13/talks>> {Accessed February 10, 2024}.",
        [("February 13, 2024", "2024-02-13", "date/month-day"),
         ("February 10, 2024", "2024-02-10", "date/month-day")],
    ),
    # a past-tense sentence looking ahead: "until" reads by nearness
    (
        dt.date(2025, 3, 9),
        "Trump delayed the tariffs until April 2, officials said.",
        [("April 2", "2025-04-02", "date/month-day")],
    ),
    # a date a little ahead in past-tense reporting keeps its near reading
    (
        dt.date(2025, 3, 14),
        "The ship listed an expected arrival of March 26.",
        [("March 26", "2025-03-26", "date/month-day")],
    ),
    # ...but a past event months ahead is last year's
    (
        dt.date(2024, 7, 1),
        "Hamas attacked Israel on October 7.",
        [("October 7", "2023-10-07", "date/month-day")],
    ),
    (
        dt.date(2023, 12, 30),
        "The envoys will meet on January 4 in Doha.",
        [("January 4", "2024-01-04", "date/month-day")],
    ),
    (
        dt.date(2024, 1, 3),
        "Talks collapsed on December 28.",
        [("December 28", "2023-12-28", "date/month-day")],
    ),
    (
        TUE_2024_02_13,
        "We saw what happened between 2014 and 2021 in Donbas, and in 2010-11.",
        [("2014", "2014", "date/year"), ("2021", "2021", "date/year"),
         ("2010", "2010", "date/year"), ("11", "2011", "date/year")],
    ),
    (
        TUE_2024_02_13,
        "The army said the day before, officials met, and the day after the talks it left.",
        [("the day before", "2024-02-12", "date/anchored-day")],
    ),
    # a bare month or year needs a preposition; lower-case 'may' and 'march' are words
    (
        TUE_2024_02_13,
        "March organizers said the 2023 vote may march on. In May, November's deal held.",
        [("May", "2023-05", "date/month"), ("November", "2023-11", "date/month")],
    ),
    # durations, comparisons and a lone number are not dates
    (
        TUE_2024_02_13,
        "A six-week pause for six weeks, each lasting 42 days, came a month later than "
        "planned, with 13 dead.",
        [],
    ),
    # without a publication date, only dates that name their year (and dates counted
    # from them) resolve
    (
        None,
        "On March 3, 2022 the talks began; a day later they ended. On Tuesday they "
        "resumed, in November.",
        [("March 3, 2022", "2022-03-03", "date/month-day"),
         ("a day later", "2022-03-04", "date/anchored-day"),
         ("Tuesday", None, "date/weekday"), ("November", None, "date/month")],
    ),
    # a full month name keeps its sentence's period; an abbreviation keeps its own
    (
        dt.date(2021, 4, 14),
        "An agreement was signed on 17 September. On Sat., Feb. 13 and Sept. 3 they met.",
        [("17 September", "2020-09-17", "date/day-month"),
         ("Sat., Feb. 13", "2021-02-13", "date/weekday-month-day"),
         ("Sept. 3", "2020-09-03", "date/month-day")],
    ),
    # "N units after" followed by a clause is no date of its own
    (
        dt.date(2021, 5, 22),
        "They acted eight years after he left office, and a week after the vote.",
        [],
    ),
    # a week named as a span is a month at the finest, even on a Monday
    (
        dt.date(2019, 12, 16),
        "He announced this week that talks resume; prices rose in the past month.",
        [("this week", "2019-12", "date/span"), ("the past month", "2019", "date/span")],
    ),
    (
        dt.date(2025, 3, 14),
        "Cases fell over the past week and in recent days, after rising in recent weeks.",
        [("the past week", "2025-03", "date/span"), ("in recent days", "2025-03", "date/span"),
         ("in recent weeks", "2025", "date/span")],
    ),
    # a participle is no tense cue: the elections were (past) set for February
    (
        dt.date(2021, 4, 14),
        "Elections set for February were delayed.",
        [("February", "2021-02", "date/month")],
    ),
    (None, "Yesterday and a day earlier.", [("Yesterday", None, "date/relative-day"),
                                            ("a day earlier", None, "date/anchored-day")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), FIND_CASES)
def test_find_dates(
    published: dt.date | None, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    mentions = find_dates(text, published=published)
    got = [(m.text, str(m.value) if m.value else None, m.rule) for m in mentions]
    assert got == expected
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_find_dates_reads_unnormalized_text() -> None:
    text = "Talks ended on\u00a0Tuesday,\u00a0February 13 and resume Thursday\u2019s session."
    got = [(m.text, str(m.value)) for m in find_dates(text, published=dt.date(2024, 2, 15))]
    assert got == [("Tuesday,\u00a0February 13", "2024-02-13"), ("Thursday", "2024-02-15")]


def test_date_mention_is_a_slotted_frozen_record() -> None:
    m = find_dates("on Tuesday", published=TUE_2024_02_13)[0]
    assert m == DateMention(3, 10, "Tuesday", PartialDate(2024, 2, 13), "date/weekday")
    assert not hasattr(m, "__dict__")
    with pytest.raises(AttributeError):
        m.start = 0  # type: ignore[misc]


# -- the data file ------------------------------------------------------------------------


def _shipped() -> dict[str, Any]:
    text = resources.files("diplomod.parse").joinpath("data", "dates.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def test_every_phrase_in_the_data_is_found() -> None:
    lex = dates_lexicon()
    phrases = [
        *lex.relative_day_offset,
        *lex.anchored_day_offset,
        *lex.span_by_phrase,
    ]
    for phrase in phrases:
        text = f"It happened {phrase}."
        mentions = find_dates(text, published=TUE_2024_02_13)
        assert [m.text for m in mentions] == [phrase], phrase
        assert mentions[0].value is not None, phrase
    for name in (n for n in lex.weekday_by_name if n not in lex.weekday_abbreviations):
        mentions = find_dates(f"It happened on {name.title()}.", published=TUE_2024_02_13)
        assert [m.text for m in mentions] == [name.title()]
    for name in lex.month_by_name:
        mentions = find_dates(f"It happened on {name.title()} 3.", published=TUE_2024_02_13)
        assert [m.value.month if m.value else None for m in mentions] == [
            lex.month_by_name[name]
        ], name


SEPARATORS = [" ", "  ", "\u00a0", "\u2009", "\u202f", "\u2007", "-", "\u2013", " - ", "\t",
              "\n", " \u2014 "]


@pytest.mark.parametrize("separator", SEPARATORS, ids=repr)
def test_phrases_read_with_any_spacing_or_dash(separator: str) -> None:
    lex = dates_lexicon()
    phrases = [*lex.span_by_phrase, *lex.anchored_day_offset, *lex.relative_day_offset]
    if not separator.strip():  # white space also between the parts of a pattern
        phrases += ["a few days ago", "two weeks ago", "7 October last year", "mid March"]
    for phrase in phrases:
        text = "It was " + phrase.replace(" ", separator) + "."
        mentions = find_dates(text, published=TUE_2024_02_13)
        assert len(mentions) == 1, (phrase, separator)
        assert mentions[0].value is not None
        assert resolve_date(phrase.replace(" ", separator), published=TUE_2024_02_13) is not None


def test_the_shipped_data_loads() -> None:
    lex = load_dates_lexicon(_shipped())
    assert lex.month_by_name["september"] == 9
    assert lex.weekday_by_name["sunday"] == 6


def test_bad_data_reports_every_bad_entry() -> None:
    data = copy.deepcopy(_shipped())
    data["months"][0]["number"] = 13
    data["weekdays"][1]["names"] = ["monday"]
    data["spans"][0]["part"] = "most"
    data["spans"][1]["phrases"].append("Last Week")
    data["spans"][3]["phrases"].append("next-week")
    data["tense_cues"]["past"].append("will")
    data["units"][0]["days"] = "one"
    del data["relative_days"][0]["offset"]
    with pytest.raises(KnowledgeBaseError) as info:
        load_dates_lexicon(data)
    problems = "\n".join(info.value.problems)
    assert len(info.value.problems) >= 7
    for fragment in (
        "months[0] (month/01) 'number' must be an integer from 1 to 12 (got 13)",
        "weekdays[1] (weekday/tuesday) 'names' must be unique among months and weekdays",
        "spans[0] (span/this-week) 'part' must be one of",
        "'phrases[",
        "tense_cues 'past' must be apart from the future cues (got ['will'])",
        "units[0] (unit/day) 'days' must be an integer",
        "relative_days[0] (relday/today) 'offset' must be present",
        "must be apart from another phrase read as 'next week'",
    ):
        assert fragment in problems
    assert isinstance(info.value, ValueError)


def test_data_that_is_not_an_object_is_reported() -> None:
    with pytest.raises(KnowledgeBaseError):
        load_dates_lexicon([1, 2, 3])


def test_the_data_is_loaded_once() -> None:
    assert dates_lexicon() is dates_lexicon()


# -- properties -------------------------------------------------------------------------

_WORDS = [
    "on", "in", "Tuesday", "Monday,", "February", "Feb.", "May", "march", "14", "7th", "2024",
    "2013", "last", "next", "week", "month", "year", "ago", "a", "day", "earlier", "later",
    "the", "two", "few", "days", "weeks", "since", "until", "will", "said", "early", "mid-",
    "this", "weekend", "yesterday", "of", "-", ",", ".", "\n", "1,500", "before", "after",
]
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=3)), max_size=40).map(" ".join),
)
published_dates = st.one_of(st.none(), st.dates())


@given(texts, published_dates)
def test_find_dates_never_raises_and_quotes_its_spans(
    text: str, published: dt.date | None
) -> None:
    mentions = find_dates(text, published=published)
    last = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert last <= m.start < m.end
        last = m.end
        assert m.value is None or isinstance(m.value, PartialDate)


@given(
    texts, st.dates(), st.sampled_from([None, *Tense]), st.one_of(st.none(), dst.partial_dates())
)
def test_resolve_date_never_raises(
    text: str, published: dt.date, tense: Tense | None, anchor: PartialDate | None
) -> None:
    value = resolve_date(text, published=published, tense=tense, anchor=anchor)
    assert value is None or isinstance(value, PartialDate)


@given(dst.partial_dates(), st.dates())
def test_resolve_date_of_a_text_form_is_itself(date: PartialDate, published: dt.date) -> None:
    assert resolve_date(date.isoformat(), published=published) == date


@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 24)),
       st.integers(0, 6))
def test_weekdays_follow_the_tense(published: dt.date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    past = resolve_date(name, published=published, tense=Tense.PAST)
    future = resolve_date(name, published=published, tense=Tense.FUTURE)
    assert past is not None
    assert future is not None
    assert past.to_date().weekday() == weekday == future.to_date().weekday()
    assert 0 <= (published - past.to_date()).days <= 6
    assert 0 <= (future.to_date() - published).days <= 6


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)))
def test_a_yearless_date_is_read_nearest_and_never_against_the_tense(
    published: dt.date, day: dt.date
) -> None:
    expression = f"{day:%B} {day.day}"
    nearest = resolve_date(expression, published=published)
    past = resolve_date(expression, published=published, tense=Tense.PAST)
    future = resolve_date(expression, published=published, tense=Tense.FUTURE)
    assert nearest is not None
    assert past is not None
    assert future is not None
    if not (day.month == 2 and day.day == 29):  # February 29 takes the nearest leap year
        assert abs((nearest.to_date() - published).days) <= 366
        assert past.to_date() <= published <= future.to_date()


# -- adversarial input --------------------------------------------------------------------

ADVERSARIAL = [
    "1," * 100_000,
    "one " * 50_000,
    "a" * 10**6,
    "Monday " * 20_000,
    "2024-" * 50_000,
    "9" * 10**6,
    "February " * 30_000,
    "the day before " * 20_000,
    "a few days " * 30_000,
    "last " * 50_000,
    " " * 10**6 + "Monday",
    "March" + " " * 10**6 + "x",
    "in " * 100_000,
    ".\n" * 200_000,
]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_long_adversarial_input_is_fast(text: str) -> None:
    mentions = find_dates(text, published=TUE_2024_02_13)
    assert all(text[m.start : m.end] == m.text for m in mentions[:100])
    value = resolve_date(text, published=TUE_2024_02_13)
    assert value is None or text.strip() == "Monday"


@pytest.mark.parametrize(("text", "expected"), [
    ("They agreed to meet again in Turkey in August.", "2025-08"),
    ("Putin invited Trump to visit Moscow in June.", "2025-06"),
    # no infinitive of a verb after the agreeing: the past tense stands
    ("They agreed to a ceasefire in March.", "2025-03"),
    ("He traveled to Cairo to meet the envoy in August.", "2024-08"),
])
def test_an_infinitive_after_a_verb_of_agreeing_points_ahead(text: str, expected: str) -> None:
    found = find_dates(text, published=dt.date(2025, 5, 15))
    assert [str(d.value) for d in found] == [expected]
