"""PartialDate: a date that keeps its precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import DateError, PartialDate, Precision
from diplomod import strategies as dst


@pytest.mark.parametrize(
    ("text", "precision", "approximate"),
    [
        ("2024-02-13", Precision.DAY, False),
        ("2024-02", Precision.MONTH, False),
        ("2024", Precision.YEAR, False),
        ("2024-02~", Precision.MONTH, True),
        ("2024-02-13~", Precision.DAY, True),
    ],
)
def test_parse_keeps_precision(text: str, precision: Precision, approximate: bool) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.approximate is approximate
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2024-02-30", "'day' must be between 1 and 29 in 2024-02 (got 30)"),
        ("2023-02-29", "'day' must be between 1 and 28"),
        ("2024-13", "'month' must be between 1 and 12 (got 13)"),
        ("24-02-13", "must be a date as YYYY"),
        ("2024/02/13", "(got '2024/02/13')"),
        ("", "must be a date"),
        ("0000", "'year' must be between 1 and 9999"),
    ],
)
def test_parse_rejects_bad_dates_naming_the_value(text: str, fragment: str) -> None:
    with pytest.raises(DateError) as info:
        PartialDate.parse(text)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)


def test_a_day_needs_a_month() -> None:
    with pytest.raises(DateError, match="'day' must come with a month"):
        PartialDate(2024, None, 3)


def test_month_bounds() -> None:
    feb = PartialDate(2024, 2)
    assert feb.earliest() == dt.date(2024, 2, 1)
    assert feb.latest() == dt.date(2024, 2, 29)
    assert PartialDate(2023).latest() == dt.date(2023, 12, 31)


def test_before_after_and_overlap() -> None:
    feb = PartialDate(2024, 2)
    assert PartialDate(2024, 1, 31).is_before(feb)
    assert PartialDate(2024, 3, 1).is_after(feb)
    assert feb.overlaps(PartialDate(2024, 2, 13))
    assert feb.contains(dt.date(2024, 2, 13))
    assert not PartialDate(2024, 2, 13).contains(feb)


def test_to_date_needs_day_precision() -> None:
    assert PartialDate(2024, 2, 13).to_date() == dt.date(2024, 2, 13)
    with pytest.raises(DateError, match="not known to the day"):
        PartialDate(2024, 2).to_date()


def test_coerce_accepts_dates_and_datetimes() -> None:
    assert PartialDate.coerce(dt.date(2024, 2, 13)) == PartialDate(2024, 2, 13)
    assert PartialDate.coerce(dt.datetime(2024, 2, 13, 10, 0)) == PartialDate(2024, 2, 13)
    with pytest.raises(DateError, match="got 20240213"):
        PartialDate.coerce(20240213)


def test_isoformat_can_drop_the_approximate_mark() -> None:
    assert PartialDate(2024, 2, approximate=True).isoformat(with_approximate=False) == "2024-02"


@given(dst.partial_dates())
def test_text_form_round_trips(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date


@given(dst.partial_dates())
def test_earliest_never_after_latest(date: PartialDate) -> None:
    assert date.earliest() <= date.latest()
    assert date.contains(date.earliest())
    assert date.contains(date.latest())


@given(dst.partial_dates(), dst.partial_dates())
def test_before_and_after_are_exclusive(a: PartialDate, b: PartialDate) -> None:
    assert not (a.is_before(b) and a.is_after(b))
    assert a.is_before(b) == b.is_after(a)
    assert a.overlaps(b) == b.overlaps(a)


@given(st.lists(dst.partial_dates(), min_size=2, max_size=6))
def test_sorting_follows_earliest_day(dates: list[PartialDate]) -> None:
    ordered = sorted(dates)
    assert [d.earliest() for d in ordered] == sorted(d.earliest() for d in dates)


def test_is_frozen() -> None:
    date = PartialDate(2024, 2, 13)
    with pytest.raises(AttributeError):
        date.year = 2023  # type: ignore[misc]
