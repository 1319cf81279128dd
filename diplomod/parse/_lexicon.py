"""Load and check the language data of the date and number stages.

The words the stages know (month names, weekdays, number words, multipliers, vague
quantities, qualifier cues, duration units, relative-date phrases, tense cues) live in
``diplomod/parse/data/dates.json`` and ``numbers.json``. This module reads them once,
checks every entry, and raises [`KnowledgeBaseError`][diplomod.KnowledgeBaseError]
listing *every* bad entry (not just the first), so a user who edits or replaces a file
sees all their mistakes at once.

It also turns word lists into regular-expression source: `phrase_pattern` builds a
character trie, so an alternation of hundreds of phrases costs one comparison per
distinct first character instead of one per phrase, and never backtracks more than
one phrase deep.

>>> lexicon = dates_lexicon()
>>> lexicon.month_by_name["feb"]
2
>>> import re
>>> re.fullmatch(phrase_pattern(["last week", "last month"]), "last  week") is not None
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import attrs

from diplomod.errors import KnowledgeBaseError, short_repr

__all__ = [
    "DIRECTIONS",
    "PARTS",
    "PRECISIONS",
    "QUALIFIERS",
    "REFERENCES",
    "SPAN_UNITS",
    "DatesLexicon",
    "Direction",
    "NumbersLexicon",
    "Span",
    "Unit",
    "dates_lexicon",
    "first_words",
    "key",
    "load_dates_lexicon",
    "load_numbers_lexicon",
    "numbers_lexicon",
    "phrase_pattern",
]

WS = r"[\s\u00a0\u2007\u2009\u202f]"
"""One white-space character, including the no-break and thin spaces of unnormalized text."""
SEP = rf"(?:{WS}*+[-\u2010-\u2015]{WS}*+|{WS}++)"
"""What a space or a hyphen inside a phrase matches: white space, or a dash with
optional white space around it."""
APOSTROPHE = "['\u2019]"

_V = TypeVar("_V")

PRECISIONS = ("day", "month", "year")
DIRECTIONS = ("before", "after", "current")
REFERENCES = ("published", "anchor")
SPAN_UNITS = ("day", "week", "weekend", "month", "year")
PARTS = ("whole", "before", "after", "tense", "tense-past", "to-published")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "up_to", "range")


def key(text: str) -> str:
    """The lookup form of matched words: lower case, one space between words, no
    trailing period, curly apostrophes straightened.

    >>> key("Feb.")
    'feb'
    >>> key("Tens  of\\u00a0Thousands")
    'tens of thousands'
    """
    text = text.lower().replace("\u2019", "'")
    parts: list[str] = []
    word: list[str] = []
    for char in text:
        if char.isspace() or char in "-\u2010\u2011\u2012\u2013\u2014\u2015":
            if word:
                parts.append("".join(word))
                word = []
        else:
            word.append(char)
    if word:
        parts.append("".join(word))
    joined = " ".join(parts)
    return joined[:-1] if joined.endswith(".") and len(joined) > 1 else joined


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for char in phrase:
        if char == " " or char == "-":
            if out and out[-1] == SEP:
                continue
            out.append(SEP)
        elif char == "'":
            out.append(APOSTROPHE)
        elif char == ".":
            out.append(r"\.")
        else:
            out.append(re.escape(char))
    return out


def phrase_pattern(phrases: Iterable[str]) -> str:
    """Regex source matching any of ``phrases`` (lower case; compile with IGNORECASE),
    longest first, as a character trie. A space or hyphen in a phrase matches any white
    space or a dash. The caller adds the boundaries it needs.

    >>> phrase_pattern(["may", "mar", "march"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for token in _tokens(phrase):
            node = node.setdefault(token, {})
        node[""] = {}
    body = _trie_source(trie)
    return f"(?:{body})" if body else "(?!)"


def first_words(phrases: Iterable[str]) -> set[str]:
    """The first word of each phrase (words split at spaces and hyphens), for the
    quick look-ahead that lets a big pattern skip words that can start none of them.

    >>> sorted(first_words(["last week", "mid-March", "today"]))
    ['last', 'mid', 'today']
    """
    out = set()
    for phrase in phrases:
        word = phrase.replace("-", " ").split(" ", 1)[0]
        if word:
            out.add(word)
    return out


def _trie_source(node: Mapping[str, Any]) -> str:
    branches = [
        token + _trie_source(node[token])
        for token in sorted((k for k in node if k), key=lambda t: (t == SEP, t))
    ]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


# -- validation ----------------------------------------------------------------------


class _Checker:
    """Collects problems with one data file, in the form the errors module uses."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def bad(self, where: str, field: str, expectation: str, value: Any) -> None:
        self.problems.append(
            f"{self.source} {where} '{field}' must be {expectation} (got {short_repr(value)})"
        )

    def get(
        self,
        obj: Any,
        where: str,
        field: str,
        check: Callable[[Any], bool],
        expectation: str,
        default: Any,
    ) -> Any:
        if not isinstance(obj, Mapping):
            self.bad(where, field, "in an object", obj)
            return default
        if field not in obj:
            self.bad(where, field, "present", None)
            return default
        value = obj[field]
        if not check(value):
            self.bad(where, field, expectation, value)
            return default
        return value

    def table(self, data: Any, field: str) -> list[tuple[str, Mapping[str, Any]]]:
        """The entries of a list of objects with unique string ids, as (where, entry)."""
        entries = self.get(data, "", field, _is_list, "a list of objects", [])
        out: list[tuple[str, Mapping[str, Any]]] = []
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            where = f"{field}[{index}]"
            if not isinstance(entry, Mapping):
                self.bad(where, "", "an object", entry)
                continue
            ident = entry.get("id")
            if not isinstance(ident, str) or not ident.strip():
                self.bad(where, "id", "a non-empty string", ident)
            else:
                where = f"{where} ({ident})"
                if ident in seen:
                    self.bad(where, "id", "unique", ident)
                seen.add(ident)
            out.append((where, entry))
        return out

    def phrases(
        self, obj: Any, where: str, field: str, *, allow_empty_list: bool = False
    ) -> tuple[str, ...]:
        expectation = "a list of lower-case phrases" + (
            "" if allow_empty_list else " (at least one)"
        )
        value = self.get(obj, where, field, _is_list, expectation, [])
        good: list[str] = []
        if not value and not allow_empty_list and isinstance(obj, Mapping) and field in obj:
            self.bad(where, field, expectation, value)
        for i, phrase in enumerate(value):
            if not _is_phrase(phrase):
                self.bad(where, f"{field}[{i}]", "a lower-case phrase without outer spaces",
                         phrase)
            elif phrase in good:
                self.bad(where, f"{field}[{i}]", "listed once", phrase)
            else:
                good.append(phrase)
        return tuple(good)

    def unique_across(self, name: str, owners: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Report a phrase that two entries of one table both claim."""
        first: dict[str, str] = {}
        for where, phrases in owners:
            for phrase in phrases:
                if phrase in first and first[phrase] != where:
                    self.bad(where, name, f"not also in {first[phrase]}", phrase)
                first.setdefault(phrase, where)


class _Rekey:
    """Keys lookup tables by `key` (the form matched text is looked up in), reporting
    phrases that only differ in case, spacing, hyphens or a final period."""

    def __init__(self, check: _Checker) -> None:
        self.check = check

    def map(self, table: str, mapping: Mapping[str, _V]) -> dict[str, _V]:
        out: dict[str, _V] = {}
        for phrase, value in mapping.items():
            k = key(phrase)
            if k in out and out[k] != value:
                self.check.bad(table, phrase, f"apart from another phrase read as {k!r}",
                               phrase)
            out[k] = value
        return out

    def set(self, table: str, phrases: Iterable[str]) -> frozenset[str]:
        return frozenset(self.map(table, dict.fromkeys(phrases, True)))


def _is_list(value: Any) -> bool:
    return isinstance(value, list)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int_in(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: _is_int(v) and low <= v <= high


def _one_of(values: Sequence[str]) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, str) and v in values


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_phrase(value: Any) -> bool:
    return (
        isinstance(value, str)
        and value != ""
        and value == value.strip()
        and value == value.lower()
        and "  " not in value
        and len(value) <= 60
        and all(c.isprintable() for c in value)
    )


def _read(name: str) -> Any:
    text = resources.files("diplomod.parse").joinpath("data", name).read_text("utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError([f"{name} is not valid JSON: {exc}"]) from None


def _version(check: _Checker, data: Any) -> None:
    check.get(data, "", "version", lambda v: v == 1, "1", None)


# -- dates -----------------------------------------------------------------------------


@attrs.frozen
class Direction:
    """'ago', 'later', 'before': which way and from what a count of units moves."""

    id: str
    words: tuple[str, ...]
    sign: int
    reference: str
    standalone: bool


@attrs.frozen
class Unit:
    """A calendar unit for 'N units ago': its length in days and the precision it keeps."""

    id: str
    names: tuple[str, ...]
    days: int
    precision: str
    approximate: bool


@attrs.frozen
class Span:
    """A relative span phrase ('last week', 'earlier this month')."""

    id: str
    phrases: tuple[str, ...]
    unit: str
    offset: int
    part: str
    approximate: bool


@attrs.frozen
class DatesLexicon:
    """The checked contents of ``dates.json``, with lookup tables keyed by `key`."""

    month_by_name: Mapping[str, int]
    month_abbreviations: frozenset[str]
    ambiguous_months: frozenset[str]
    weekday_by_name: Mapping[str, int]
    weekday_abbreviations: frozenset[str]
    day_suffixes: tuple[str, ...]
    day_parts: tuple[str, ...]
    part_modifiers: tuple[str, ...]
    modifier_direction: Mapping[str, str]
    year_modifier_offset: Mapping[str, int]
    relative_day_offset: Mapping[str, int]
    anchored_day_offset: Mapping[str, int]
    standalone_only: frozenset[str]
    standalone_followers: frozenset[str]
    comparative_followers: tuple[str, ...]
    unit_by_name: Mapping[str, Unit]
    plural_units: frozenset[str]
    direction_by_word: Mapping[str, Direction]
    vague_count: Mapping[str, tuple[int, int]]
    bare_plural: tuple[int, int]
    span_by_phrase: Mapping[str, Span]
    prepositions: tuple[str, ...]
    backward_prepositions: frozenset[str]
    forward_prepositions: frozenset[str]
    tense_slack_days: int
    year_min: int
    year_max: int
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    past_suffix: str
    not_past: frozenset[str]
    future_directing: frozenset[str] = frozenset()


def load_dates_lexicon(data: Any, source: str = "dates.json") -> DatesLexicon:
    """Check parsed ``dates.json`` data and build the lexicon.

    Raises:
        KnowledgeBaseError: listing every bad entry.
    """
    check = _Checker(source)
    _version(check, data)

    month_by_name: dict[str, int] = {}
    abbreviations: set[str] = set()
    ambiguous: set[str] = set()
    numbers_seen: dict[int, str] = {}
    for where, entry in check.table(data, "months"):
        number = check.get(entry, where, "number", _int_in(1, 12), "an integer from 1 to 12",
                           None)
        names = check.phrases(entry, where, "names")
        abbrs = check.phrases(entry, where, "abbreviations", allow_empty_list=True)
        amb = check.get(entry, where, "ambiguous", _is_bool, "true or false", False)
        if number is None:
            continue
        if number in numbers_seen:
            check.bad(where, "number", f"not also the number of {numbers_seen[number]}", number)
        numbers_seen[number] = where
        for name in (*names, *abbrs):
            if name in month_by_name:
                check.bad(where, "names", "unique among months", name)
            month_by_name[name] = number
            if amb:
                ambiguous.add(name)
        abbreviations.update(abbrs)
    if data_ok(data) and len(numbers_seen) != 12:
        check.bad("", "months", "twelve entries numbered 1 to 12", sorted(numbers_seen))

    weekday_by_name: dict[str, int] = {}
    weekday_abbrs: set[str] = set()
    wd_seen: dict[int, str] = {}
    for where, entry in check.table(data, "weekdays"):
        number = check.get(entry, where, "number", _int_in(0, 6),
                           "an integer from 0 (Monday) to 6 (Sunday)", None)
        names = check.phrases(entry, where, "names")
        abbrs = check.phrases(entry, where, "abbreviations", allow_empty_list=True)
        if number is None:
            continue
        if number in wd_seen:
            check.bad(where, "number", f"not also the number of {wd_seen[number]}", number)
        wd_seen[number] = where
        for name in (*names, *abbrs):
            if name in weekday_by_name or name in month_by_name:
                check.bad(where, "names", "unique among months and weekdays", name)
            weekday_by_name[name] = number
        weekday_abbrs.update(abbrs)
    if data_ok(data) and len(wd_seen) != 7:
        check.bad("", "weekdays", "seven entries numbered 0 to 6", sorted(wd_seen))

    day_suffixes = check.phrases(data, "", "day_suffixes")
    day_parts = check.phrases(data, "", "day_parts")
    part_modifiers = check.phrases(data, "", "part_modifiers")

    modifier_direction: dict[str, str] = {}
    mod_owners = []
    for where, entry in check.table(data, "modifiers"):
        phrases = check.phrases(entry, where, "phrases")
        direction = check.get(entry, where, "direction", _one_of(DIRECTIONS),
                              f"one of {', '.join(DIRECTIONS)}", None)
        mod_owners.append((where, phrases))
        if direction is not None:
            for p in phrases:
                modifier_direction.setdefault(p, direction)
    check.unique_across("phrases", mod_owners)

    def offsets(table: str, low: int, high: int) -> dict[str, int]:
        out: dict[str, int] = {}
        owners = []
        for where, entry in check.table(data, table):
            phrases = check.phrases(entry, where, "phrases")
            offset = check.get(entry, where, "offset", _int_in(low, high),
                               f"an integer from {low} to {high}", None)
            owners.append((where, phrases))
            if offset is not None:
                for p in phrases:
                    out.setdefault(p, offset)
        check.unique_across("phrases", owners)
        return out

    year_modifier_offset = offsets("year_modifiers", -10, 10)
    relative_day_offset = offsets("relative_days", -10, 10)
    anchored_day_offset = offsets("anchored_days", -10, 10)
    clash = set(relative_day_offset) & set(anchored_day_offset)
    if clash:
        check.bad("", "anchored_days", "apart from relative_days", sorted(clash))

    standalone_only = frozenset(check.phrases(data, "", "standalone_only"))
    standalone_followers = frozenset(check.phrases(data, "", "standalone_followers"))
    comparative = check.phrases(data, "", "comparative_followers")
    unknown = standalone_only - set(anchored_day_offset)
    if unknown:
        check.bad("", "standalone_only", "phrases of anchored_days", sorted(unknown))

    unit_by_name: dict[str, Unit] = {}
    plural_units: set[str] = set()
    for where, entry in check.table(data, "units"):
        singular = check.phrases(entry, where, "singular")
        plural = check.phrases(entry, where, "plural")
        names = (*singular, *plural)
        plural_units.update(plural)
        days = check.get(entry, where, "days", _int_in(1, 3660), "an integer from 1 to 3660",
                         None)
        precision = check.get(entry, where, "precision", _one_of(PRECISIONS),
                              f"one of {', '.join(PRECISIONS)}", None)
        approx = check.get(entry, where, "approximate", _is_bool, "true or false", None)
        if None in (days, precision, approx):
            continue
        unit = Unit(str(entry["id"]), names, days, precision, approx)
        for name in names:
            if name in unit_by_name:
                check.bad(where, "names", "unique among units", name)
            unit_by_name[name] = unit

    direction_by_word: dict[str, Direction] = {}
    for where, entry in check.table(data, "directions"):
        words = check.phrases(entry, where, "words")
        sign = check.get(entry, where, "sign", lambda v: v in (-1, 1) and _is_int(v),
                         "-1 or 1", None)
        reference = check.get(entry, where, "reference", _one_of(REFERENCES),
                              f"one of {', '.join(REFERENCES)}", None)
        standalone = check.get(entry, where, "standalone", _is_bool, "true or false", None)
        if None in (sign, reference, standalone):
            continue
        direction = Direction(str(entry["id"]), words, sign, reference, standalone)
        for word in words:
            if word in direction_by_word:
                check.bad(where, "words", "unique among directions", word)
            direction_by_word[word] = direction

    vague_count: dict[str, tuple[int, int]] = {}
    for where, entry in check.table(data, "vague_counts"):
        phrases = check.phrases(entry, where, "phrases")
        low = check.get(entry, where, "min", _int_in(1, 1000), "an integer from 1 to 1000", None)
        high = check.get(entry, where, "max", _int_in(1, 1000), "an integer from 1 to 1000",
                         None)
        if low is None or high is None:
            continue
        if high < low:
            check.bad(where, "max", f"at least 'min' {low}", high)
            continue
        for p in phrases:
            if p in vague_count:
                check.bad(where, "phrases", "unique among vague counts", p)
            vague_count[p] = (low, high)
    bare = check.get(data, "", "bare_plural", lambda v: isinstance(v, Mapping),
                     "an object with min and max", {})
    bare_low = check.get(bare, "bare_plural", "min", _int_in(1, 1000),
                         "an integer from 1 to 1000", 2) if bare else 2
    bare_high = check.get(bare, "bare_plural", "max", _int_in(1, 1000),
                          "an integer from 1 to 1000", 9) if bare else 9
    if bare_high < bare_low:
        check.bad("bare_plural", "max", f"at least 'min' {bare_low}", bare_high)
        bare_high = bare_low

    span_by_phrase: dict[str, Span] = {}
    for where, entry in check.table(data, "spans"):
        phrases = check.phrases(entry, where, "phrases")
        unit_name = check.get(entry, where, "unit", _one_of(SPAN_UNITS),
                              f"one of {', '.join(SPAN_UNITS)}", None)
        offset = check.get(entry, where, "offset", _int_in(-366, 366),
                           "an integer from -366 to 366", None)
        part = check.get(entry, where, "part", _one_of(PARTS), f"one of {', '.join(PARTS)}",
                         None)
        approx = check.get(entry, where, "approximate", _is_bool, "true or false", None)
        if None in (unit_name, offset, part, approx):
            continue
        if part == "to-published" and (unit_name != "day" or offset >= 0):
            check.bad(where, "part", "used with unit 'day' and a negative offset", part)
            continue
        span = Span(str(entry["id"]), phrases, unit_name, offset, part, approx)
        for p in phrases:
            if p in span_by_phrase:
                check.bad(where, "phrases", "unique among spans", p)
            span_by_phrase[p] = span

    prepositions = check.phrases(data, "", "prepositions")
    backward = frozenset(check.phrases(data, "", "backward_prepositions"))
    forward = frozenset(check.phrases(data, "", "forward_prepositions"))
    if backward & forward:
        check.bad("", "forward_prepositions", "apart from backward_prepositions",
                  sorted(backward & forward))

    slack = check.get(data, "", "tense_slack_days", _int_in(0, 182),
                      "an integer from 0 to 182", 0)
    years = check.get(data, "", "year_range", lambda v: isinstance(v, Mapping),
                      "an object with min and max", {})
    year_min = check.get(years, "year_range", "min", _int_in(1, 9999),
                         "an integer from 1 to 9999", 1000) if years else 1000
    year_max = check.get(years, "year_range", "max", _int_in(1, 9999),
                         "an integer from 1 to 9999", 2199) if years else 2199
    if year_max < year_min or year_min < 1000:
        check.bad("year_range", "min", "a four-digit year not above 'max'", year_min)

    cues = check.get(data, "", "tense_cues", lambda v: isinstance(v, Mapping),
                     "an object", {})
    future: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    suffix = "ed"
    not_past: frozenset[str] = frozenset()
    directing: frozenset[str] = frozenset()
    if cues:
        future = check.phrases(cues, "tense_cues", "future")
        past = check.phrases(cues, "tense_cues", "past")
        suffix = check.get(cues, "tense_cues", "past_suffix",
                           lambda v: isinstance(v, str) and v.isalpha() and v.islower(),
                           "a lower-case word ending", "ed")
        not_past = frozenset(check.phrases(cues, "tense_cues", "not_past"))
        directing = frozenset(check.phrases(cues, "tense_cues", "future_directing"))
        both = set(future) & set(past)
        if both:
            check.bad("tense_cues", "past", "apart from the future cues", sorted(both))
        listed = set(past) & not_past
        if listed:
            check.bad("tense_cues", "not_past", "apart from the past cues", sorted(listed))

    rekey = _Rekey(check)
    lexicon = DatesLexicon(
        month_by_name=rekey.map("months", month_by_name),
        month_abbreviations=rekey.set("months", abbreviations),
        ambiguous_months=rekey.set("months", ambiguous),
        weekday_by_name=rekey.map("weekdays", weekday_by_name),
        weekday_abbreviations=rekey.set("weekdays", weekday_abbrs),
        day_suffixes=day_suffixes,
        day_parts=day_parts,
        part_modifiers=part_modifiers,
        modifier_direction=rekey.map("modifiers", modifier_direction),
        year_modifier_offset=rekey.map("year_modifiers", year_modifier_offset),
        relative_day_offset=rekey.map("relative_days", relative_day_offset),
        anchored_day_offset=rekey.map("anchored_days", anchored_day_offset),
        standalone_only=rekey.set("standalone_only", standalone_only),
        standalone_followers=standalone_followers,
        comparative_followers=comparative,
        unit_by_name=rekey.map("units", unit_by_name),
        plural_units=rekey.set("units", plural_units),
        direction_by_word=rekey.map("directions", direction_by_word),
        vague_count=rekey.map("vague_counts", vague_count),
        bare_plural=(bare_low, bare_high),
        span_by_phrase=rekey.map("spans", span_by_phrase),
        prepositions=prepositions,
        backward_prepositions=rekey.set("backward_prepositions", backward),
        forward_prepositions=rekey.set("forward_prepositions", forward),
        tense_slack_days=slack,
        year_min=year_min,
        year_max=year_max,
        future_cues=future,
        past_cues=past,
        past_suffix=suffix,
        not_past=rekey.set("tense_cues", not_past),
        future_directing=rekey.set("tense_cues", directing),
    )
    if check.problems:
        raise KnowledgeBaseError(check.problems)
    return lexicon


def data_ok(data: Any) -> bool:
    """Whether ``data`` is at least a JSON object (else only that is reported)."""
    return isinstance(data, Mapping)


@cache
def dates_lexicon() -> DatesLexicon:
    """The shipped ``dates.json``, checked and loaded once."""
    return load_dates_lexicon(_read("dates.json"))


# -- numbers ---------------------------------------------------------------------------


@attrs.frozen
class NumbersLexicon:
    """The checked contents of ``numbers.json``, with lookup tables keyed by `key`."""

    max_value: int
    cardinals: Mapping[str, int]
    multipliers: Mapping[str, int]
    half_words: tuple[str, ...]
    ordinals: Mapping[str, int]
    ordinal_suffixes: tuple[str, ...]
    qualifier_by_phrase: Mapping[str, str]
    qualifier_phrases: tuple[str, ...]
    postfix_qualifier_by_phrase: Mapping[str, str]
    range_separators: tuple[str, ...]
    range_openers: tuple[str, ...]
    change_openers: tuple[str, ...]
    vague: Mapping[str, tuple[int, str, bool, str]]
    not_counts_after: tuple[str, ...]
    count_compounds: tuple[str, ...]
    currency_symbols: tuple[str, ...]
    money_suffixes: tuple[str, ...]
    currency_codes: tuple[str, ...]
    money_words: tuple[str, ...]
    label_words: tuple[str, ...]
    bare_year_min: int
    bare_year_max: int
    id_digits: int
    duration_unit_days: Mapping[str, Fraction]
    duration_singular_units: frozenset[str]
    duration_fillers: tuple[str, ...]
    duration_suffixes: tuple[str, ...]
    duration_not_after: tuple[str, ...]
    duration_not_before: frozenset[str]


def load_numbers_lexicon(data: Any, source: str = "numbers.json") -> NumbersLexicon:
    """Check parsed ``numbers.json`` data and build the lexicon.

    Raises:
        KnowledgeBaseError: listing every bad entry.
    """
    check = _Checker(source)
    _version(check, data)
    check.get(data, "", "conservative_reading", lambda v: isinstance(v, str) and bool(v.strip()),
              "a sentence stating the rule for vague quantities", None)
    max_value = check.get(data, "", "max_value", _int_in(1000, 10**15),
                          "an integer from 1000 to 10**15", 10**12)

    def word_table(field: str, low: int, high: int) -> dict[str, int]:
        out: dict[str, int] = {}
        entries = check.get(data, "", field, _is_list, "a list of objects", [])
        for index, entry in enumerate(entries):
            where = f"{field}[{index}]"
            word = check.get(entry, where, "word",
                             lambda v: _is_phrase(v) and v.isalpha() and v.isascii(),
                             "a lower-case word of letters", None)
            value = check.get(entry, where, "value", _int_in(low, high),
                              f"an integer from {low} to {high}", None)
            if word is None or value is None:
                continue
            if word in out:
                check.bad(where, "word", f"listed once in {field}", word)
            out[word] = value
        return out

    cardinals = word_table("cardinals", 0, 99)
    for word, value in cardinals.items():
        if value >= 20 and value % 10:
            check.bad("cardinals", word, "below 20 or a multiple of ten", value)
    multipliers = word_table("multipliers", 2, 10**15)
    ordinals = word_table("ordinals", 1, 10**6)
    clash = set(cardinals) & set(multipliers)
    if clash:
        check.bad("", "multipliers", "apart from cardinals", sorted(clash))
    half_words = check.phrases(data, "", "half_words")
    ordinal_suffixes = check.phrases(data, "", "ordinal_suffixes")

    raw_qualifiers: list[str] = []

    def qualifier_table(field: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for where, entry in check.table(data, field):
            phrases = check.phrases(entry, where, "phrases")
            if field == "qualifiers":
                raw_qualifiers.extend(phrases)
            qualifier = check.get(entry, where, "qualifier", _one_of(QUALIFIERS[1:6]),
                                  f"one of {', '.join(QUALIFIERS[1:6])}", None)
            if qualifier is None:
                continue
            for p in phrases:
                if key(p) in out:
                    check.bad(where, "phrases", f"unique in {field}", p)
                out[key(p)] = qualifier
        return out

    qualifier_by_phrase = qualifier_table("qualifiers")
    postfix_by_phrase = qualifier_table("postfix_qualifiers")
    range_separators = check.phrases(data, "", "range_separators")
    range_openers = check.phrases(data, "", "range_openers")
    change_openers = check.phrases(data, "", "change_openers")

    vague: dict[str, tuple[int, str, bool, str]] = {}
    for where, entry in check.table(data, "vague"):
        phrases = check.phrases(entry, where, "phrases")
        count = check.get(entry, where, "count", _int_in(1, 10**12),
                          "an integer from 1 to 10**12", None)
        qualifier = check.get(entry, where, "qualifier", _one_of(("at_least", "about")),
                              "at_least or about", None)
        needs_of = check.get(entry, where, "needs_of", _is_bool, "true or false", None)
        if None in (count, qualifier, needs_of):
            continue
        for p in map(key, phrases):
            if p in vague:
                check.bad(where, "phrases", f"not also in {vague[p][3]}", p)
                continue
            if p in qualifier_by_phrase:
                check.bad(where, "phrases", "apart from the qualifiers", p)
            vague[p] = (count, qualifier, needs_of, str(entry.get("id")))

    not_after = check.get(data, "", "not_counts_after", lambda v: isinstance(v, Mapping),
                          "an object of word lists", {})
    words_after: list[str] = []
    for group in sorted(not_after) if isinstance(not_after, Mapping) else ():
        words_after.extend(check.phrases(not_after, "not_counts_after", str(group)))

    def symbols(field: str) -> tuple[str, ...]:
        value = check.get(data, "", field, _is_list, "a list of strings", [])
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item or item != item.strip().lower():
                check.bad("", f"{field}[{i}]", "a lower-case symbol or code", item)
            else:
                out.append(item)
        return tuple(out)

    count_compounds = check.phrases(data, "", "count_compounds")
    currency_symbols = symbols("currency_symbols")
    currency_codes = symbols("currency_codes")
    money_suffixes = check.phrases(data, "", "money_suffixes")
    money_words = check.phrases(data, "", "money_words")
    label_words = check.phrases(data, "", "label_words")
    id_digits = check.get(data, "", "id_digits", _int_in(5, 15), "an integer from 5 to 15", 8)
    years = check.get(data, "", "bare_year_range", lambda v: isinstance(v, Mapping),
                      "an object with min and max", {})
    year_min = check.get(years, "bare_year_range", "min", _int_in(1000, 9999),
                         "a four-digit year", 1900) if years else 1900
    year_max = check.get(years, "bare_year_range", "max", _int_in(1000, 9999),
                         "a four-digit year", 2100) if years else 2100
    if year_max < year_min:
        check.bad("bare_year_range", "max", f"at least 'min' {year_min}", year_max)

    unit_days: dict[str, Fraction] = {}
    singular_units: set[str] = set()
    for where, entry in check.table(data, "duration_units"):
        singular = check.phrases(entry, where, "singular")
        names = (*singular, *check.phrases(entry, where, "plural"))
        singular_units.update(singular)
        days = check.get(entry, where, "days", _int_in(1, 36600), "an integer from 1 to 36600",
                         None)
        per = check.get(entry, where, "per", _int_in(1, 1440), "an integer from 1 to 1440",
                        None)
        if days is None or per is None:
            continue
        for name in names:
            if name in unit_days:
                check.bad(where, "names", "unique among duration units", name)
            unit_days[name] = Fraction(days, per)
    fillers = check.phrases(data, "", "duration_fillers")
    duration_suffixes = check.phrases(data, "", "duration_suffixes")
    not_after_dur = check.phrases(data, "", "duration_not_after")
    not_before_dur = frozenset(check.phrases(data, "", "duration_not_before"))

    rekey = _Rekey(check)
    cardinals = rekey.map("cardinals", cardinals)
    multipliers = rekey.map("multipliers", multipliers)
    ordinals = rekey.map("ordinals", ordinals)
    unit_days = rekey.map("duration_units", unit_days)
    singular_units = set(rekey.set("duration_units", singular_units))
    not_before_dur = rekey.set("duration_not_before", not_before_dur)
    if check.problems:
        raise KnowledgeBaseError(check.problems)
    return NumbersLexicon(
        max_value=max_value,
        cardinals=cardinals,
        multipliers=multipliers,
        half_words=half_words,
        ordinals=ordinals,
        ordinal_suffixes=ordinal_suffixes,
        qualifier_by_phrase=qualifier_by_phrase,
        qualifier_phrases=tuple(raw_qualifiers),
        postfix_qualifier_by_phrase=postfix_by_phrase,
        range_separators=range_separators,
        range_openers=range_openers,
        change_openers=change_openers,
        vague=vague,
        not_counts_after=tuple(words_after),
        count_compounds=count_compounds,
        currency_symbols=currency_symbols,
        currency_codes=currency_codes,
        money_suffixes=money_suffixes,
        money_words=money_words,
        label_words=label_words,
        bare_year_min=year_min,
        bare_year_max=year_max,
        id_digits=id_digits,
        duration_unit_days=unit_days,
        duration_singular_units=frozenset(singular_units),
        duration_fillers=fillers,
        duration_suffixes=duration_suffixes,
        duration_not_after=not_after_dur,
        duration_not_before=not_before_dur,
    )


@cache
def numbers_lexicon() -> NumbersLexicon:
    """The shipped ``numbers.json``, checked and loaded once."""
    return load_numbers_lexicon(_read("numbers.json"))
