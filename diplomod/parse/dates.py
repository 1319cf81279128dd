"""Dates in news text, resolved against the publication date.

News states dates in many ways: absolutely ("February 14", "14 February 2024",
"Tuesday, February 13"), relative to the day the article appeared ("on Tuesday",
"yesterday", "two weeks ago", "last month"), or relative to the date last mentioned
("a day earlier", "the next day"). `resolve_date` reads one such expression;
`find_dates` finds every one in a text, works out each one's tense from the words
around it, and chains the dates mentioned so that "a day earlier" counts from the date
before it.

Every result is a [`PartialDate`][diplomod.PartialDate] that keeps how much is known:

- a day where the text names a day ("Tuesday" -> 2024-02-13);
- for a span, the smallest precision that holds all of it ("earlier this month",
  "last week" inside one month -> 2024-02; a week across two months -> 2024);
- approximate (``~``) where the text gives a day only roughly ("two weeks ago"
  -> 2024-01-30~), or where a span runs across a new year.

Resolution rules:

- A weekday in past-tense or unknown-tense reporting is the latest such day on or
  before publication; in future tense ("will meet on Thursday") the first on or after.
  "last Friday" is strictly before, "next Thursday" strictly after.
- A date without a year ("October 7") takes the year that puts it nearest to
  publication; told the tense, `resolve_date` never resolves a past-tense date after
  publication nor a future-tense one before. `find_dates`, which only guesses the
  tense from cue words, keeps a nearest reading up to ``tense_slack_days`` (45) on the
  other side ("an expected arrival of March 26" in a March 14 article is this year's),
  and reads a date after "until", "by" or "before" by nearness alone, because such
  dates look ahead even in past-tense sentences ("extended the truce until March 10").
- "a day earlier", "the next day", "two days later" count from the date mentioned
  last; "the day after" and "two days before" only where nothing but punctuation or a
  conjunction follows (in "the day after the talks" they name no date of their own).
- Nothing is ever resolved against the current clock.

Rule ids: ``date/iso``, ``date/weekday-month-day``, ``date/month-day``,
``date/day-month``, ``date/month-year``, ``date/weekday``, ``date/month``,
``date/year``, ``date/relative-day`` ("yesterday"), ``date/anchored-day``
("a day earlier"), ``date/offset`` ("two weeks ago", "three days later"),
``date/span`` ("last week", "earlier this month").

The words (month names, weekdays, relative phrases, tense cues) are data:
``diplomod/parse/data/dates.json``.

>>> import datetime as dt
>>> published = dt.date(2024, 2, 13)  # a Tuesday
>>> resolve_date("on Sunday", published=published)
PartialDate('2024-02-11')
>>> [(m.text, str(m.value)) for m in find_dates(
...     "Talks ended on Tuesday. Hamas will respond on Thursday.", published=published)]
[('Tuesday', '2024-02-13'), ('Thursday', '2024-02-15')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from enum import StrEnum
from functools import cache

import attrs

from diplomod.errors import DateError
from diplomod.parse._lexicon import (
    SEP,
    WS,
    DatesLexicon,
    Span,
    Unit,
    dates_lexicon,
    first_words,
    key,
    numbers_lexicon,
    phrase_pattern,
)
from diplomod.partial_date import PartialDate

__all__ = ["DateMention", "Tense", "find_dates", "resolve_date"]

_FLAGS = re.IGNORECASE | re.ASCII
_S = f"{WS}++"
_MAX_EXPRESSION = 200
_TENSE_WINDOW = 120
_PREP_WINDOW = 30
_ONE_DAY = dt.timedelta(days=1)


class Tense(StrEnum):
    """The tense of the reporting around a date, which decides which way an
    underspecified date ("Thursday", "October 7") is read."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@attrs.frozen(slots=True)
class DateMention:
    """A date expression found in a text.

    Attributes:
        start: offset of its first character.
        end: offset past its last character.
        text: the characters, ``text == source[start:end]``; a leading preposition
            ("on", "in", "since") is left out, a modifier ("last", "early") kept in.
        value: the resolved date, or ``None`` where it cannot be resolved (no
            publication date, or no date mentioned before "a day earlier").
        rule: id of the pattern that matched, such as ``date/month-day``.
    """

    start: int
    end: int
    text: str
    value: PartialDate | None
    rule: str


# -- parsed expressions -----------------------------------------------------------------


@attrs.frozen(slots=True)
class _Expr:
    """What a matched expression says, before it is resolved."""

    kind: str  # date | weekday | month | year | relday | shift | span
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    year_offset: int | None = None
    direction: str | None = None
    offset: int = 0
    reference: str = "published"
    unit: Unit | None = None
    sign: int = -1
    low: int = 0
    high: int = 0
    span: Span | None = None


@attrs.frozen
class _Patterns:
    lexicon: DatesLexicon
    date: re.Pattern[str]
    leading_prep: re.Pattern[str]
    prep_before: re.Pattern[str]
    standalone_ok: re.Pattern[str]
    comparative: re.Pattern[str]
    boundary: re.Pattern[str]
    cue: re.Pattern[str]
    iso: re.Pattern[str]
    counts: dict[str, int]


def _word(pattern: str) -> str:
    return f"{pattern}(?![a-z])"


@cache
def _patterns() -> _Patterns:
    lex = dates_lexicon()
    nums = numbers_lexicon()
    s = _S
    full_months = [m for m in lex.month_by_name if m not in lex.month_abbreviations]
    month_full = _word(phrase_pattern(full_months))
    month_any = rf"(?:{month_full}|{_word(phrase_pattern(lex.month_abbreviations))}\.?)"
    full_days = [d for d in lex.weekday_by_name if d not in lex.weekday_abbreviations]
    weekday_full = _word(phrase_pattern(full_days))
    weekday_any = (
        rf"(?:{weekday_full}|{_word(phrase_pattern(lex.weekday_abbreviations))}\.?)"
    )
    suffix = _word(f":?{phrase_pattern(lex.day_suffixes)}")
    day = rf"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:{suffix})?(?![.,][0-9])"
    year = r"(?<![0-9])[0-9]{4}(?![0-9]|[.,][0-9])"
    gap = rf"(?:(?<=\.){WS}*+|{s})"
    yearmod = _word(phrase_pattern(lex.year_modifier_offset))
    mods = _word(phrase_pattern(lex.modifier_direction))
    parts = phrase_pattern(lex.part_modifiers)
    dayparts = _word(phrase_pattern(lex.day_parts))
    cardinal = phrase_pattern(nums.cardinals)
    count = (
        rf"(?:{_word(phrase_pattern(lex.vague_count))}"
        rf"|{cardinal}(?:{SEP}{cardinal})?(?![a-z])|[0-9]{{1,4}}(?![0-9])|an?(?![a-z]))"
    )
    units = _word(phrase_pattern(lex.unit_by_name))
    directions = _word(phrase_pattern(lex.direction_by_word))
    year_tail = rf"(?:,?{s}(?P<PFX_y>{year})|{s}(?P<PFX_ym>{yearmod}))?"

    rules = [
        r"(?P<iso>(?<![0-9A-Za-z/-])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9A-Za-z]|-[0-9]))",
        rf"(?P<wmd>(?P<wmd_wd>{weekday_any}),?{s}(?:the{s})?"
        rf"(?:(?P<wmd_mon>{month_any}){gap}(?P<wmd_d>{day})"
        rf"|(?P<wmd_d2>{day})(?:{s}of)?{s}(?P<wmd_mon2>{month_any}))"
        rf"(?:,?{s}(?P<wmd_y>{year}))?)",
        rf"(?P<md>(?P<md_mon>{month_any}){gap}(?:the{s})?(?P<md_d>{day})"
        + year_tail.replace("PFX", "md")
        + ")",
        rf"(?P<dm>(?:the{s})?(?<![0-9.,$-])(?P<dm_d>{day})(?:{s}of)?{s}(?P<dm_mon>{month_any})"
        + year_tail.replace("PFX", "dm")
        + ")",
        rf"(?P<my>(?P<my_mon>{month_any}){s}(?:of{s})?(?P<my_y>{year}))",
        rf"(?P<reld>{_word(phrase_pattern(lex.relative_day_offset))})",
        rf"(?P<anch>{_word(phrase_pattern(lex.anchored_day_offset))})",
        rf"(?P<ago>(?:(?P<ago_n>{count}){s})?(?P<ago_u>{units}){s}(?P<ago_dir>{directions}))",
        rf"(?P<span>{_word(phrase_pattern(lex.span_by_phrase))})",
        rf"(?P<wd>(?:(?P<wd_mod>{mods}){s})?(?:(?P<wd_part>{parts}){SEP})?"
        rf"(?P<wd_name>{weekday_full})(?:{s}(?P<wd_dp>{dayparts}))?)",
        rf"(?P<mon>(?:(?P<mon_mod>{mods}){s}|(?P<mon_part>{parts}){SEP})?"
        rf"(?P<mon_name>{month_full})(?:{s}(?P<mon_ym>{yearmod}))?)",
        rf"(?P<yr>(?:(?P<yr_part>{parts}){SEP})?(?<![0-9A-Za-z.,$/])(?P<yr_y>[0-9]{{4}})"
        r"(?![0-9A-Za-z%]|[.,][0-9])"
        rf"(?:{WS}*+(?P<yr_sep>-|to(?![a-z])|and(?![a-z])|through(?![a-z])|until(?![a-z]))"
        rf"{WS}*+(?P<yr_y2>[0-9]{{4}}|[0-9]{{2}})(?![0-9A-Za-z%]|[.,][0-9]))?)",
    ]
    starts = first_words(
        [
            *lex.month_by_name,
            *lex.weekday_by_name,
            *lex.modifier_direction,
            *lex.part_modifiers,
            *lex.relative_day_offset,
            *lex.anchored_day_offset,
            *lex.span_by_phrase,
            *lex.vague_count,
            *lex.unit_by_name,
            *nums.cardinals,
            "the",
            "a",
            "an",
        ]
    )
    # The look-ahead is a necessary condition (every rule starts with one of these
    # words or a digit); it lets the scan skip most words with one trie walk.
    first = rf"(?=[0-9]|{_word(phrase_pattern(starts))})"
    date = re.compile(rf"\b{first}(?:" + "|".join(rules) + ")", _FLAGS)

    preps = phrase_pattern(lex.prepositions)
    followers = _word(phrase_pattern(lex.standalone_followers))
    future = [c for c in lex.future_cues if not c.startswith("'")]
    clitics = [c for c in lex.future_cues if c.startswith("'")]
    past_suffix = re.escape(lex.past_suffix)
    cue = (
        rf"(?:(?<![a-z])(?:(?P<f>{phrase_pattern(future)})|(?P<p>{phrase_pattern(lex.past_cues)})"
        rf"|(?P<ed>[a-z]{{1,30}}{past_suffix}))"
    )
    if clitics:
        cue += rf"|(?P<f2>{phrase_pattern(clitics)})"
    cue += ")(?![a-z])"
    counts = dict(nums.cardinals)
    return _Patterns(
        lexicon=lex,
        date=date,
        leading_prep=re.compile(rf"{preps}{s}", _FLAGS),
        prep_before=re.compile(rf"(?<![a-z])(?P<p>{preps}){s}\Z", _FLAGS),
        standalone_ok=re.compile(
            rf"[^\S\n]*+(?:\n|\Z|[^\w\s]|{followers})", _FLAGS
        ),
        comparative=re.compile(
            rf"{s}{_word(phrase_pattern(lex.comparative_followers))}", _FLAGS
        ),
        boundary=re.compile(
            rf"[.!?][\"')\]\u201d\u2019]*+{WS}++(?=[\"'(\[\u201c\u2018]*+[A-Z])|\n"
        ),
        cue=re.compile(cue, _FLAGS),
        iso=re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?~?"),
        counts=counts,
    )


def _month(p: _Patterns, token: str) -> int:
    return p.lexicon.month_by_name[key(token)]


def _count(p: _Patterns, token: str | None) -> tuple[int, int] | None:
    """The (low, high) number of units a count phrase means; None if unreadable."""
    if token is None:
        return p.lexicon.bare_plural
    k = key(token)
    if k in p.lexicon.vague_count:
        return p.lexicon.vague_count[k]
    if k in ("a", "an"):
        return (1, 1)
    if k.isdigit():
        return (int(k), int(k))
    total = 0
    for word in k.split():
        if word not in p.counts:
            return None
        total += p.counts[word]
    return (total, total)


def _needs_capital(p: _Patterns, token: str) -> bool:
    k = key(token)
    lex = p.lexicon
    return k in lex.ambiguous_months or k in lex.month_abbreviations


def _parse(
    p: _Patterns, m: re.Match[str]
) -> tuple[list[_Expr], list[tuple[int, int]], list[str], str | None]:
    """Read a match: expressions with their spans, month tokens that must be
    capitalized in running text, and what else the text around must allow:
    ``"context"`` (a bare month or year needs a preposition), ``"standalone"``."""
    lex = p.lexicon
    g = m.group
    kind = m.lastgroup
    span = [(m.start(), m.end())]
    if kind == "iso":
        y, mo, d = m.group("iso").split("-")
        return [_Expr("date", "date/iso", int(y), int(mo), int(d))], span, [], None
    if kind == "wmd":
        mon = g("wmd_mon") or g("wmd_mon2")
        d = g("wmd_d") or g("wmd_d2")
        y = g("wmd_y")
        expr = _Expr(
            "date",
            "date/weekday-month-day",
            int(y) if y else None,
            _month(p, mon),
            _day_number(d),
            weekday=lex.weekday_by_name[key(g("wmd_wd"))],
        )
        return [expr], span, [mon], None
    if kind in ("md", "dm"):
        mon = g(f"{kind}_mon")
        d = g(f"{kind}_d")
        y = g(f"{kind}_y")
        ym = g(f"{kind}_ym")
        expr = _Expr(
            "date",
            "date/month-day" if kind == "md" else "date/day-month",
            int(y) if y else None,
            _month(p, mon),
            _day_number(d),
            year_offset=lex.year_modifier_offset[key(ym)] if ym else None,
        )
        return [expr], span, [mon], None
    if kind == "my":
        mon = g("my_mon")
        return [_Expr("date", "date/month-year", int(g("my_y")), _month(p, mon))], span, [mon], None
    if kind == "reld":
        offset = lex.relative_day_offset[key(g("reld"))]
        return [_Expr("relday", "date/relative-day", offset=offset)], span, [], None
    if kind == "anch":
        k = key(g("anch"))
        offset = lex.anchored_day_offset[k]
        expr = _Expr("relday", "date/anchored-day", offset=offset, reference="anchor")
        return [expr], span, [], ("standalone" if k in lex.standalone_only else None)
    if kind == "ago":
        counted = _count(p, g("ago_n"))
        unit = lex.unit_by_name[key(g("ago_u"))]
        direction = lex.direction_by_word[key(g("ago_dir"))]
        if counted is None or (g("ago_n") is None and key(g("ago_u")) not in lex.plural_units):
            return [], [], [], None
        expr = _Expr(
            "shift",
            "date/offset",
            reference=direction.reference,
            unit=unit,
            sign=direction.sign,
            low=counted[0],
            high=counted[1],
        )
        return [expr], span, [], ("standalone" if direction.standalone else None)
    if kind == "span":
        return [_Expr("span", "date/span", span=lex.span_by_phrase[key(g("span"))])], span, [], None
    if kind == "wd":
        mod = g("wd_mod")
        expr = _Expr(
            "weekday",
            "date/weekday",
            weekday=lex.weekday_by_name[key(g("wd_name"))],
            direction=lex.modifier_direction[key(mod)] if mod else None,
        )
        return [expr], span, [], None
    if kind == "mon":
        mod = g("mon_mod")
        ym = g("mon_ym")
        mon = g("mon_name")
        expr = _Expr(
            "month",
            "date/month",
            month=_month(p, mon),
            direction=lex.modifier_direction[key(mod)] if mod else None,
            year_offset=lex.year_modifier_offset[key(ym)] if ym else None,
        )
        bare = not (mod or ym or g("mon_part"))
        return [expr], span, [mon], ("context" if bare else None)
    # kind == "yr"
    y1 = int(g("yr_y"))
    needs = None if g("yr_part") else "context"
    if not lex.year_min <= y1 <= lex.year_max:
        return [], [], [], None
    exprs = [_Expr("year", "date/year", y1)]
    y2_text = g("yr_y2")
    if y2_text is not None:
        y2 = int(y2_text) if len(y2_text) == 4 else y1 // 100 * 100 + int(y2_text)
        if y1 < y2 <= lex.year_max:
            exprs.append(_Expr("year", "date/year", y2))
            return exprs, [(m.start(), m.end("yr_y")), (m.start("yr_y2"), m.end())], [], needs
        span = [(m.start(), m.end("yr_y"))]
    return exprs, span, [], needs


def _day_number(token: str) -> int:
    digits = ""
    for char in token:
        if not char.isdigit():
            break
        digits += char
    return int(digits)


# -- resolution -------------------------------------------------------------------------


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _containing(
    lo: dt.date, hi: dt.date, approximate: bool = False, *, day: bool = True
) -> PartialDate:
    """The smallest-precision date holding every day from ``lo`` to ``hi`` (a month at
    the finest when ``day`` is false)."""
    if hi < lo:
        lo, hi = hi, lo
    if lo == hi and day:
        return PartialDate(lo.year, lo.month, lo.day, approximate=approximate)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return PartialDate(lo.year, lo.month, approximate=approximate)
    if lo.year == hi.year:
        return PartialDate(lo.year, approximate=approximate)
    middle = lo + (hi - lo) / 2
    return PartialDate(middle.year, approximate=True)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1) if year < 9999 or month < 12 else None
    return first, (nxt - _ONE_DAY) if nxt else dt.date(9999, 12, 31)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest_day(
    published: dt.date,
    month: int,
    day: int,
    tense: Tense | None,
    weekday: int | None,
    slack: int,
) -> dt.date | None:
    candidates = []
    for year in range(published.year - 4, published.year + 5):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        matching = [
            c for c in candidates if abs(c.year - published.year) <= 1 and c.weekday() == weekday
        ]
        candidates = matching or candidates
    if not candidates:
        return None
    later_first = tense is Tense.FUTURE

    def nearest(options: list[dt.date]) -> dt.date:
        return min(
            options,
            key=lambda c: (abs((c - published).days),
                           -c.toordinal() if later_first else c.toordinal()),
        )

    best = nearest(candidates)
    gap = (best - published).days
    if tense is Tense.PAST and gap > slack:
        best = nearest([c for c in candidates if c <= published] or candidates)
    elif tense is Tense.FUTURE and -gap > slack:
        best = nearest([c for c in candidates if c >= published] or candidates)
    return best


def _nearest_month(
    published: dt.date, month: int, tense: Tense | None, slack: int
) -> tuple[int, int]:
    here = published.year * 12 + published.month
    candidates = [(y, month) for y in (published.year - 1, published.year, published.year + 1)]
    later_first = tense is Tense.FUTURE

    def nearest(options: list[tuple[int, int]]) -> tuple[int, int]:
        return min(
            options,
            key=lambda c: (abs(c[0] * 12 + c[1] - here), -c[0] if later_first else c[0]),
        )

    best = nearest(candidates)
    gap = best[0] * 12 + best[1] - here
    months_slack = slack // 30
    if tense is Tense.PAST and gap > months_slack:
        best = nearest([c for c in candidates if c[0] * 12 + c[1] <= here])
    elif tense is Tense.FUTURE and -gap > months_slack:
        best = nearest([c for c in candidates if c[0] * 12 + c[1] >= here])
    return best


def _weekday_date(published: dt.date, weekday: int, direction: str | None,
                  tense: Tense | None) -> dt.date:
    if direction == "before":
        start = published - _ONE_DAY
        return start - dt.timedelta(days=(start.weekday() - weekday) % 7)
    if direction == "after":
        start = published + _ONE_DAY
        return start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    future = tense is Tense.FUTURE or (direction == "current" and tense is not Tense.PAST)
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _span_range(span: Span, published: dt.date, tense: Tense | None) -> tuple[dt.date, dt.date]:
    unit = span.unit
    wd = published.weekday()
    if unit == "week":
        lo = published - dt.timedelta(days=wd) + dt.timedelta(weeks=span.offset)
        hi = lo + dt.timedelta(days=6)
    elif unit == "weekend":
        if span.offset == 0 and wd >= 5:
            lo = published - dt.timedelta(days=wd - 5)
        elif span.offset == 0:
            ahead = tense is Tense.FUTURE or (span.part == "tense" and tense is not Tense.PAST)
            lo = published + dt.timedelta(days=5 - wd) if ahead else published - dt.timedelta(
                days=wd + 2)
        elif span.offset < 0:
            lo = published - dt.timedelta(days=wd + 2, weeks=-span.offset - 1)
        else:
            lo = published + dt.timedelta(days=5 - wd if wd < 5 else 12 - wd,
                                          weeks=span.offset - 1)
        hi = lo + _ONE_DAY
        return lo, hi
    elif unit == "month":
        y, mo = _add_months(published.year, published.month, span.offset)
        lo, hi = _month_bounds(y, mo)
    elif unit == "year":
        y = published.year + span.offset
        lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    else:  # day, to-published
        lo, hi = published + dt.timedelta(days=span.offset), published
    if span.part == "before" or (span.part == "tense" and tense is Tense.PAST):
        hi = min(hi, published)
    elif span.part == "after" or (span.part == "tense" and tense is Tense.FUTURE):
        lo = max(lo, published)
    if hi < lo:
        lo = hi = published
    return lo, hi


def _shift(ref: PartialDate, e: _Expr) -> PartialDate:
    unit = e.unit
    assert unit is not None
    sign, low, high = e.sign, e.low, e.high
    exact = low == high
    if unit.precision == "day":
        near, far = low * unit.days, high * unit.days
        if sign < 0:
            lo = ref.earliest() - dt.timedelta(days=far)
            hi = ref.latest() - dt.timedelta(days=near)
        else:
            lo = ref.earliest() + dt.timedelta(days=near)
            hi = ref.latest() + dt.timedelta(days=far)
        if lo == hi:
            return PartialDate.from_date(lo, approximate=unit.approximate or ref.approximate)
        result = _containing(lo, hi)
        return result.with_approximate() if ref.approximate else result
    if unit.precision == "month" and ref.month is not None:
        first = _add_months(ref.year, ref.month, sign * (low if sign > 0 else high))
        last = _add_months(ref.year, ref.month, sign * (high if sign > 0 else low))
        if exact:
            return PartialDate(first[0], first[1], approximate=True)
        return _containing(_month_bounds(*first)[0], _month_bounds(*last)[1],
                           approximate=ref.approximate)
    years = (ref.year + sign * low, ref.year + sign * high)
    if exact:
        return PartialDate(years[0], approximate=True)
    lo_year, hi_year = min(years), max(years)
    if lo_year == hi_year:
        return PartialDate(lo_year, approximate=ref.approximate)
    return PartialDate((lo_year + hi_year) // 2, approximate=True)


def _resolve(
    e: _Expr,
    published: dt.date | None,
    tense: Tense | None,
    anchor: PartialDate | None,
    slack: int = 0,
) -> PartialDate | None:
    if tense is Tense.PRESENT:
        tense = None
    if e.kind == "date":
        assert e.month is not None
        if e.year is not None:
            return PartialDate(e.year, e.month, e.day)
        if published is None:
            return None
        if e.year_offset is not None:
            return PartialDate(published.year + e.year_offset, e.month, e.day)
        if e.day is None:
            y, mo = _nearest_month(published, e.month, tense, slack)
            return PartialDate(y, mo)
        day = _nearest_day(published, e.month, e.day, tense, e.weekday, slack)
        return PartialDate.from_date(day) if day else None
    if e.kind == "year":
        assert e.year is not None
        return PartialDate(e.year)
    if e.kind in ("relday", "shift") and e.reference == "anchor":
        ref = anchor or (PartialDate.from_date(published) if published else None)
        if ref is None:
            return None
        if e.kind == "relday":
            if e.offset == 0:
                return ref
            unit = dates_lexicon().unit_by_name.get("day")
            if unit is None:
                return None
            shifted = attrs.evolve(e, unit=unit, sign=1 if e.offset > 0 else -1,
                                   low=abs(e.offset), high=abs(e.offset))
            return _shift(ref, shifted)
        return _shift(ref, e)
    if published is None:
        return None
    if e.kind == "relday":
        return PartialDate.from_date(published + dt.timedelta(days=e.offset))
    if e.kind == "shift":
        return _shift(PartialDate.from_date(published), e)
    if e.kind == "weekday":
        assert e.weekday is not None
        return PartialDate.from_date(_weekday_date(published, e.weekday, e.direction, tense))
    if e.kind == "month":
        assert e.month is not None
        if e.year_offset is not None:
            return PartialDate(published.year + e.year_offset, e.month)
        if e.direction == "before":
            y = published.year if e.month < published.month else published.year - 1
        elif e.direction == "after":
            y = published.year if e.month > published.month else published.year + 1
        elif e.direction == "current":
            y = published.year
        else:
            y, _ = _nearest_month(published, e.month, tense, slack)
        return PartialDate(y, e.month)
    if e.kind == "span":
        assert e.span is not None
        lo, hi = _span_range(e.span, published, tense)
        # a week or a month named as a span is never more than a month, even where
        # only one of its days is left ("earlier this week" on a Monday)
        return _containing(lo, hi, approximate=e.span.approximate, day=e.span.unit == "day")
    return None  # pragma: no cover - every kind is handled above


def _safe_resolve(
    e: _Expr,
    published: dt.date | None,
    tense: Tense | None,
    anchor: PartialDate | None,
    slack: int = 0,
) -> PartialDate | None:
    try:
        return _resolve(e, published, tense, anchor, slack)
    except (ValueError, OverflowError, DateError):
        return None


# -- public API -------------------------------------------------------------------------


def resolve_date(
    expression: str,
    *,
    published: dt.date,
    tense: Tense | None = None,
    anchor: PartialDate | None = None,
) -> PartialDate | None:
    """Resolve one date expression against the publication date, keeping precision.

    Args:
        expression: the words of one date ("February 14", "on Tuesday", "last month",
            "two weeks ago", "a day earlier", "in 2013"); a leading preposition is
            allowed, and so is the text form of a `PartialDate` ("2024-02~").
        published: the day the article appeared.
        tense: the tense of the reporting around the expression, where known; it
            decides which way a weekday or a date without a year is read.
        anchor: the date last mentioned in the text, for "a day earlier", "the next
            day", "two days later"; the publication date when not given.

    Returns:
        The date, or ``None`` where the expression is not a date ("for six weeks"
        is a duration) or cannot be resolved.

    Examples:
        >>> import datetime as dt
        >>> published = dt.date(2024, 2, 13)  # a Tuesday
        >>> resolve_date("Tuesday", published=published)
        PartialDate('2024-02-13')
        >>> resolve_date("Thursday", published=published, tense=Tense.FUTURE)
        PartialDate('2024-02-15')
        >>> resolve_date("in November", published=published)
        PartialDate('2023-11')
        >>> resolve_date("a few days ago", published=published)
        PartialDate('2024-02')
        >>> resolve_date("two weeks ago", published=published)
        PartialDate('2024-01-30~')
        >>> resolve_date("a day earlier", published=published, anchor=PartialDate(2024, 2, 12))
        PartialDate('2024-02-11')
        >>> resolve_date("for six weeks", published=published) is None
        True
    """
    if not isinstance(expression, str):
        return None
    text = expression.strip()
    if not text or len(text) > _MAX_EXPRESSION:
        return None
    p = _patterns()
    if p.iso.fullmatch(text):
        try:
            return PartialDate.parse(text)
        except DateError:
            return None
    pub = _as_date(published)
    candidates = [text, text.rstrip(".,;:!?)]}"), text.lstrip("([{")]
    for candidate in candidates:
        for attempt in _without_preposition(p, candidate):
            m = p.date.fullmatch(attempt)
            if m is None:
                continue
            exprs, _, _, _ = _parse(p, m)
            if len(exprs) != 1:
                return None
            return _safe_resolve(exprs[0], pub, tense, anchor)
    return None


def _without_preposition(p: _Patterns, text: str) -> Iterator[str]:
    yield text
    m = p.leading_prep.match(text)
    if m and m.end() < len(text):
        yield text[m.end():]


def find_dates(text: str, *, published: dt.date | None) -> list[DateMention]:
    """Find every date expression in a text and resolve it, left to right.

    The tense of each expression comes from the nearest tense cue in its sentence
    ("will", "is expected to", "next" read as future; "said", "last", "ago" and other
    past forms as past). "a day earlier", "the next day" and the like count from the
    date mentioned last. Durations ("for six weeks", "a six-week pause") are not dates.

    Args:
        text: a sentence or a whole article (normalized or not).
        published: the publication date; with ``None`` only dates that name their
            year (and those counted from them) resolve, the rest get ``value=None``.

    Returns:
        The mentions in text order, none overlapping.

    Examples:
        >>> import datetime as dt
        >>> text = ("On Monday, Axios reported on a meeting held in Cairo a day earlier. "
        ...         "Blinken will return next Thursday.")
        >>> [(m.text, str(m.value), m.rule) for m in find_dates(
        ...     text, published=dt.date(2024, 10, 23))]  # doctest: +NORMALIZE_WHITESPACE
        [('Monday', '2024-10-21', 'date/weekday'),
         ('a day earlier', '2024-10-20', 'date/anchored-day'),
         ('next Thursday', '2024-10-24', 'date/weekday')]
    """
    if not isinstance(text, str) or not text:
        return []
    p = _patterns()
    lex = p.lexicon
    pub = _as_date(published)
    mentions: list[DateMention] = []
    anchor: PartialDate | None = None
    for m in _date_matches(p, text):
        exprs, spans, capitals, needs = _parse(p, m)
        if not exprs:
            continue
        if any(not token[:1].isupper() for token in capitals if _needs_capital(p, token)):
            continue
        start = spans[0][0]
        prep = None
        if needs is not None or exprs[0].kind in ("date", "weekday", "month"):
            before = p.prep_before.search(text, max(0, start - _PREP_WINDOW), start)
            prep = key(before.group("p")) if before else None
        if needs == "context" and prep is None and not _possessive(text, m.end()):
            continue
        if needs == "standalone" and not p.standalone_ok.match(text, m.end()):
            continue
        if exprs[0].kind in ("shift", "relday") and p.comparative.match(text, m.end()):
            continue
        for expr, (s, e) in zip(exprs, spans, strict=True):
            tense = None
            if _tense_matters(expr):
                if prep in lex.backward_prepositions:
                    tense = Tense.PAST
                else:
                    tense = _detect_tense(p, text, s, e)
                    if (
                        tense is Tense.PAST
                        and prep in lex.forward_prepositions
                        and expr.kind in ("date", "month")
                    ):
                        tense = None
            value = _safe_resolve(expr, pub, tense, anchor, lex.tense_slack_days)
            mentions.append(DateMention(s, e, text[s:e], value, expr.rule))
            if value is not None:
                anchor = value
    return mentions


@cache
def _folded_date_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags & ~re.IGNORECASE)


def _date_matches(p: _Patterns, text: str) -> Iterator[re.Match[str]]:
    """The matches of the date pattern, found fast: the case-blind pattern scans the
    lower-cased text (about twice as fast as ignoring case while scanning), and the
    original pattern then re-reads each place found, so groups keep their case."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower to two: scan the text itself
        yield from p.date.finditer(text)
        return
    folded = _folded_date_pattern(p.date.pattern, p.date.flags)
    for found in folded.finditer(lower):
        m = p.date.match(text, found.start())
        if m is not None:
            yield m


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "\u2019s")


def _tense_matters(e: _Expr) -> bool:
    if e.kind == "date":
        return e.year is None and e.year_offset is None
    if e.kind == "weekday":
        return e.direction != "before" and e.direction != "after"
    if e.kind == "month":
        return e.direction is None and e.year_offset is None
    if e.kind == "span":
        return e.span is not None and e.span.part in ("tense", "tense-past")
    return False


def _detect_tense(p: _Patterns, text: str, start: int, end: int) -> Tense | None:
    """The tense of the nearest cue before the date in its sentence (the governing verb
    usually comes first: "said Tuesday", "will meet on Thursday"), else of the first cue
    after it ("On Thursday, the ministers will meet"), within a short window."""
    lo = max(0, start - _TENSE_WINDOW)
    for boundary in p.boundary.finditer(text, lo, start):
        lo = boundary.end()
    hi = min(len(text), end + _TENSE_WINDOW)
    after = p.boundary.search(text, end, hi)
    if after is not None:
        hi = after.start()
    left: Tense | None = None
    for c in p.cue.finditer(text, lo, start):
        left = _cue_tense(p, c) or left
        if left is Tense.PAST and key(c.group()) in p.lexicon.future_directing \
                and _infinitive_after(text, c.end(), start):
            left = Tense.FUTURE  # "agreed to meet again in August": ahead of the agreeing
    right: Tense | None = None
    for c in p.cue.finditer(text, end, hi):
        right = _cue_tense(p, c)
        if right is not None:
            break
    return left or right  # the governing verb usually comes before the date


_INFINITIVE = re.compile(r"\s+(?:\w+\s+){0,3}?to\s+(?P<verb>[a-z]+)\b")
_NOT_A_VERB = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that",
                         "these", "those", "talks", "terms"})


def _infinitive_after(text: str, start: int, end: int) -> bool:
    """Whether an infinitive follows at ``start`` before ``end`` ("to meet", not "to a
    ceasefire" nor "to talks")."""
    found = _INFINITIVE.match(text, start, end)
    if found is None:
        return False
    verb = found.group("verb").lower()
    return verb not in _NOT_A_VERB and (not verb.endswith("s") or verb.endswith("ss"))


def _cue_tense(p: _Patterns, c: re.Match[str]) -> Tense | None:
    group = c.lastgroup
    if group in ("f", "f2"):
        return Tense.FUTURE
    if group == "p":
        return Tense.PAST
    if key(c.group()) in p.lexicon.not_past:
        return None
    return Tense.PAST
