"""Numbers in news text: counts with their hedging, durations, ordinals.

News writes numbers in digits ("1,200", "1.4 million"), in words ("nine",
"twenty-one", "one hundred and five", "a million and a half"), hedged ("some 1,500",
"more than 28,000", "nearly one hundred", "35 to 40", "up to 40") or vaguely
("dozens", "tens of thousands", "several"). `parse_figure` reads one such phrase into a
[`Figure`][diplomod.Figure] (count, upper bound, qualifier); `find_figures` finds every
count-like phrase in a text, leaving out years, dates, times, percentages, money,
ordinals, model numbers, labels ("Resolution 2334") and measures ("14-kilometre").
`parse_duration` and `find_durations` read lengths of time in days ("six weeks" = 42,
"four and a half months" = 135), and `parse_ordinal` / `parse_count` read "second" and
"three" for the stages that count phases.

Conservative reading of vague quantities: a vague phrase reads as the smallest number
it can commonly mean, with qualifier ``at_least`` -- "hundreds" is 200, "thousands"
2,000, "tens of thousands" 20,000, "scores" 40, "several" and "a few" 3, "dozens" 12 --
or, where it names a number loosely, that number with qualifier ``about`` ("a dozen"
is about 12). A claim read from such a phrase never overstates its source. The table
is data: ``diplomod/parse/data/numbers.json`` (``vague``), beside the number words,
multipliers, qualifier cues and duration units.

>>> parse_figure("some 1,500")
Figure(count=1500, high=None, qualifier=<Qualifier.ABOUT: 'about'>, text='some 1,500')
>>> [(f.text, f.figure.count) for f in find_figures(
...     "The raid killed at least 74 people on February 12, 2024, in Rafah.")]
[('at least 74', 74)]
>>> parse_duration("four and a half months")
135
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import cache

import attrs

from diplomod.model.casualty import Figure
from diplomod.parse._lexicon import (
    SEP,
    WS,
    NumbersLexicon,
    dates_lexicon,
    first_words,
    key,
    numbers_lexicon,
    phrase_pattern,
)
from diplomod.vocab import Qualifier

__all__ = [
    "DurationMention",
    "FigureMention",
    "find_durations",
    "find_figures",
    "parse_count",
    "parse_duration",
    "parse_figure",
    "parse_ordinal",
]

_FLAGS = re.IGNORECASE | re.ASCII
_S = f"{WS}++"
_MAX_PHRASE = 200
_LEFT_WINDOW = 40


@attrs.frozen(slots=True)
class FigureMention:
    """A count-like number phrase found in a text.

    Attributes:
        start: offset of its first character (the qualifier's, when there is one).
        end: offset past its last character.
        text: the characters, ``text == source[start:end]``.
        figure: the count, upper bound and qualifier.
        rule: id of the pattern that matched: ``figure/number``, ``figure/range``,
            ``figure/vague``.
    """

    start: int
    end: int
    text: str
    figure: Figure
    rule: str


@attrs.frozen(slots=True)
class DurationMention:
    """A length of time found in a text.

    Attributes:
        start: offset of its first character.
        end: offset past its last character.
        text: the characters, ``text == source[start:end]``.
        days: the length in days (a week 7, a month 30, a year 365).
        rule: id of the pattern that matched: ``duration/number-unit``,
            ``duration/half-unit``, ``duration/unit-long``.
    """

    start: int
    end: int
    text: str
    days: int
    rule: str


# -- patterns -------------------------------------------------------------------------


@attrs.frozen
class _Patterns:
    lexicon: NumbersLexicon
    scan: re.Pattern[str]
    figure: re.Pattern[str]
    token: re.Pattern[str]
    not_count_after: re.Pattern[str]
    of_after: re.Pattern[str]
    duration: re.Pattern[str]
    duration_not_after: re.Pattern[str]
    duration_rate_before: re.Pattern[str]
    duration_range_before: re.Pattern[str]
    cardinal: re.Pattern[str]
    ordinal: re.Pattern[str]
    tens: dict[str, int]


def _word(pattern: str) -> str:
    return f"{pattern}(?![a-z])"


def _number(words: str, multiplier: str, half: str, half_word: str, digits: str) -> str:
    """Regex source of one number: digits or words, with 'and a half' and a multiplier."""
    return (
        rf"(?:{half_word}{_S}an?{_S}{multiplier}"
        rf"|(?:an?{_S})?{multiplier}{half}"
        rf"|(?:{digits}|{words})(?:{half})?(?:{SEP}{multiplier})?"
        rf"|an?{_S}{multiplier})"
    )


@cache
def _patterns() -> _Patterns:
    lex = numbers_lexicon()
    dlex = dates_lexicon()
    s = _S
    w = _word(phrase_pattern([*lex.cardinals, *lex.multipliers]))
    words = rf"(?<![A-Za-z0-9]){w}(?:(?:{s}and{s}|{SEP}){w}){{0,24}}"
    multiplier = _word(phrase_pattern(lex.multipliers))
    half_word = _word(phrase_pattern(lex.half_words))
    half = rf"{s}and{s}(?:an?|one){s}{half_word}"
    plain = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15})(?![0-9])(?:\.[0-9]{1,6}(?![0-9]))?"
    symbols = "".join(re.escape(c) for c in lex.currency_symbols)
    first_digits = rf"(?<![0-9A-Za-z.,/:#+\-{symbols}]){plain}"
    later_digits = rf"(?<![0-9A-Za-z.,]){plain}"
    number1 = _number(words, multiplier, half, half_word, first_digits)
    number2 = _number(words, multiplier, half, half_word, later_digits)
    qualifiers = _word(
        phrase_pattern([*lex.qualifier_phrases, *lex.range_openers, *lex.change_openers])
    )
    vague = _word(phrase_pattern(lex.vague))
    separators = "|".join(
        r"[-\u2010-\u2015]" if sep == "-" else _word(re.escape(sep))
        for sep in (*lex.range_separators, "and")
    )
    post = _word(phrase_pattern(lex.postfix_qualifier_by_phrase))
    figure = (
        rf"(?<![A-Za-z0-9])(?<![A-Za-z][-\u2010-\u2015])(?:(?P<q>{qualifiers}){s})?"
        rf"(?:(?P<vague>{vague})"
        rf"|(?P<n1>{number1})(?:{WS}*+(?P<sep>{separators}){WS}*+(?P<n2>{number2}))?)"
        rf"(?:(?:{s}|-)(?P<post>{post}))?"
    )

    months = _word(phrase_pattern(dlex.month_by_name)) + r"\.?"
    suffix = _word(phrase_pattern(dlex.day_suffixes))
    day = rf"[0-9]{{1,2}}(?![0-9]|[.,][0-9])(?:{suffix})?"
    codes = phrase_pattern(lex.currency_codes)
    skips = [
        r"(?:https?://|www\.)[^\s<>\"]{1,2048}",
        rf"(?:[{symbols}]|(?<![A-Za-z]){codes}(?![a-z])[{symbols}]?){WS}*+[0-9][0-9,.]{{0,30}}"
        rf"(?:{SEP}{multiplier}|{_word(phrase_pattern(lex.money_suffixes))})?",
        rf"(?<![a-z]){_word(phrase_pattern(lex.money_words))}",
        rf"(?<![a-z]){months}(?:(?<=\.){WS}*+|{s})(?:the{s})?{day}(?:,?{s}[0-9]{{4}}(?![0-9]))?",
        rf"(?<![0-9.,]){day}(?:{s}of)?{s}{months}(?:,?{s}[0-9]{{4}}(?![0-9]))?",
        rf"(?<![a-z]){months}{s}(?:of{s})?[0-9]{{4}}(?![0-9])",
        r"(?<![0-9])[0-9]{1,6}(?:[-/.][0-9]{1,6}){2,8}(?![0-9])",
        r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])",
        rf"(?<![a-z]){phrase_pattern(lex.label_words)}(?:(?<=\.)|(?![a-z])){WS}*+"
        rf"(?:no\.?{WS}*+)?#?[0-9][0-9,./-]{{0,20}}",
        r"\+[0-9][0-9 ()./-]{6,20}",
    ]
    starts = first_words(
        [
            *lex.qualifier_phrases,
            *lex.range_openers,
            *lex.change_openers,
            *lex.vague,
            *lex.cardinals,
            *lex.multipliers,
            *lex.half_words,
            *lex.currency_codes,
            *lex.money_words,
            *lex.label_words,
            *dlex.month_by_name,
            "a",
            "an",
            "http",
            "https",
            "www",
        ]
    )
    # A necessary condition for every alternative below, checked with one trie walk:
    # it lets the scan skip most words at once.
    first = (
        rf"(?=[0-9+{symbols}]|(?<![A-Za-z0-9]){_word(phrase_pattern(starts))})"
    )
    scan = first + "(?:" + "|".join(f"(?:{x})" for x in skips) + f"|(?P<fig>{figure}))"

    not_after = phrase_pattern(lex.not_counts_after)
    fillers = _word(phrase_pattern(lex.duration_fillers))
    long_suffix = rf"[-\u2010-\u2015]{_word(phrase_pattern(lex.duration_suffixes))}"
    compounds = _word(phrase_pattern(lex.count_compounds))
    not_count_after = (
        rf"(?![-\u2010-\u2015]{compounds})"
        rf"(?:{WS}*+%|(?:{s}|{SEP})(?:of{s})?(?:{fillers}{s})?"
        rf"{not_after}(?![a-z])|[-\u2010-\u2015]?[A-Za-z]|[-\u2010-\u2015]{WS}|[.,:][0-9])"
    )

    unit_words = _word(phrase_pattern(lex.duration_unit_days))
    singular_units = phrase_pattern(lex.duration_singular_units)
    dur_number = (
        r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,9})(?![0-9])(?:\.[0-9]{1,3}(?![0-9]))?"
        rf"|{words}|an?(?![a-z])"
    )
    duration_starts = first_words(
        [*lex.cardinals, *lex.multipliers, *lex.half_words, *lex.duration_unit_days, "a", "an"]
    )
    duration = (
        rf"(?<![A-Za-z0-9.,$])(?=[0-9]|{_word(phrase_pattern(duration_starts))})(?:"
        rf"(?P<d_n>{dur_number})(?P<d_h1>{half})?(?:{SEP}(?P<d_f>{fillers}))?{SEP}"
        rf"(?P<d_u>{unit_words})(?P<d_h2>{half})?(?P<d_long>{long_suffix})?"
        rf"|(?P<d_hf>{half_word}){s}an?{s}(?P<d_u2>{unit_words})"
        rf"|(?P<d_u3>{singular_units}){long_suffix})"
    )
    cardinal_words = phrase_pattern([*lex.cardinals, *lex.multipliers])
    rate_words = phrase_pattern(lex.duration_not_before)
    tens = {word: v for word, v in lex.cardinals.items() if v >= 20}
    ordinal_words = _word(phrase_pattern(lex.ordinals))
    ordinal_suffix = _word(phrase_pattern(lex.ordinal_suffixes))
    return _Patterns(
        lexicon=lex,
        scan=re.compile(scan, _FLAGS),
        figure=re.compile(figure, _FLAGS),
        token=re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|[a-z]+", _FLAGS),
        not_count_after=re.compile(not_count_after, _FLAGS),
        of_after=re.compile(rf"{s}of(?![a-z])", _FLAGS),
        duration=re.compile(duration, _FLAGS),
        duration_not_after=re.compile(
            rf"(?:{s}|{SEP}){_word(phrase_pattern(lex.duration_not_after))}", _FLAGS
        ),
        duration_rate_before=re.compile(
            rf"(?:(?<![a-z]){rate_words}|[0-9]|(?<![a-z]){cardinal_words}|[{symbols}])"
            rf"(?![a-z]){s}\Z",
            _FLAGS,
        ),
        duration_range_before=re.compile(
            rf"(?:[0-9]|(?<![a-z]){cardinal_words}(?![a-z])){WS}*+(?:to|or|[-\u2010-\u2015])"
            rf"{WS}*+\Z",
            _FLAGS,
        ),
        cardinal=re.compile(
            rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,4}}|[0-9]{{1,15}}|an?{s}{multiplier}|{words})",
            _FLAGS,
        ),
        ordinal=re.compile(
            rf"(?P<digits>[0-9]{{1,15}}){ordinal_suffix}"
            rf"|(?:(?P<tens>{phrase_pattern(tens)}){SEP})?(?P<word>{ordinal_words})",
            _FLAGS,
        ),
        tens=tens,
    )


# -- reading a number ---------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Number:
    value: Fraction
    end: int  # offset past the last token used, relative to the parsed text
    multiplier: int  # the last multiplier applied (1 when none)


def _read_number(p: _Patterns, text: str) -> _Number | None:
    """Read the longest valid number at the start of ``text`` (digits or words)."""
    lex = p.lexicon
    found = p.token.finditer(text)
    tokens: list[tuple[str, int]] = []

    def word_at(index: int) -> str:
        """The token at ``index`` (read lazily: a failed number stops early), or ''."""
        while len(tokens) <= index:
            t = next(found, None)
            if t is None:
                return ""
            tokens.append((t.group().lower(), t.end()))
        return tokens[index][0]

    if not word_at(0):
        return None
    cardinals, multipliers = lex.cardinals, lex.multipliers
    halves = lex.half_words
    total = Fraction(0)
    group = Fraction(0)
    last = ""  # "", unit, teen, ten, digits, hundred, big, half, a
    last_big = 0
    used_end = 0
    multiplier = 1
    i = 0
    first = word_at(0)
    if first in halves and word_at(1) in ("a", "an") and word_at(2) in multipliers:
        mult = multipliers[word_at(2)]
        return _Number(Fraction(mult, 2), tokens[2][1], mult)
    if first in multipliers and first != "hundred" and word_at(1) == "and":
        group = Fraction(1)  # "million and a half": the pattern allows it only so
        last = "a"
        i = 0
    while word_at(i):
        word, end = tokens[i]
        if word[0].isdigit():
            if last:
                break
            digits = word.replace(",", "")
            try:  # whole numbers skip Fraction's slow string parsing
                group = Fraction(int(digits)) if digits.isdigit() else Fraction(digits)
            except (ValueError, ZeroDivisionError):
                return None
            last = "digits"
        elif word in ("a", "an"):
            if last or word_at(i + 1) not in multipliers:
                break
            group = Fraction(1)
            last = "a"
        elif word in cardinals:
            value = cardinals[word]
            if value < 10:
                ok = last in ("", "ten", "hundred", "big", "and")
            else:
                ok = last in ("", "hundred", "big", "and")
            if not ok:
                break
            group += value
            last = "unit" if value < 10 else "teen" if value < 20 else "ten"
        elif word == "hundred" and word in multipliers:
            if last not in ("unit", "teen", "ten", "a", "digits") or not 0 < group < 100:
                break
            group *= multipliers[word]
            multiplier = multipliers[word]
            last = "hundred"
        elif word in multipliers:
            mult = multipliers[word]
            if last not in ("unit", "teen", "ten", "hundred", "a", "digits", "half"):
                break
            if last_big and mult >= last_big:
                break
            total += group * mult
            group = Fraction(0)
            last_big = mult
            multiplier = mult
            last = "big"
        elif word == "and":
            nxt = word_at(i + 1)
            if nxt in ("a", "an", "one") and word_at(i + 2) in halves:
                if last in ("unit", "teen", "ten", "digits", "hundred"):
                    group += Fraction(1, 2)
                    last = "half"
                elif last == "big":
                    total += Fraction(last_big, 2)
                    last = "bighalf"
                else:
                    break
                used_end = tokens[i + 2][1]
                i += 3
                continue
            if last in ("hundred", "big") and nxt in cardinals:
                last = "and"
                i += 1
                continue
            break
        else:
            break
        used_end = end
        i += 1
    if last in ("", "and", "a"):
        return None
    return _Number(total + group, used_end, multiplier)


def _qualifier(p: _Patterns, phrase: str | None) -> Qualifier | None:
    if phrase is None:
        return None
    name = p.lexicon.qualifier_by_phrase.get(key(phrase))
    return Qualifier(name) if name else None


@attrs.frozen(slots=True)
class _Read:
    start: int
    end: int
    count: int
    high: int | None
    qualifier: Qualifier
    rule: str
    bare_year: bool
    bare_one: bool
    digits: int


def _read_figure(p: _Patterns, m: re.Match[str], *, strict: bool = True
                 ) -> tuple[_Read | None, int]:
    """A figure from a match of the figure pattern, and where to go on scanning."""
    lex = p.lexicon
    q = m.group("q")
    qk = key(q) if q else None
    start = m.start()
    qualifier = _qualifier(p, q)
    if qualifier is None:
        start = m.start("vague") if m.group("vague") else m.start("n1")
    vague_text = m.group("vague")
    if vague_text is not None:
        smallest, default, needs_of, _ = lex.vague[key(vague_text)]
        end = m.end("vague")
        if strict and needs_of and not p.of_after.match(m.string, end):
            return None, end
        qual = qualifier or Qualifier(default)
        return _Read(start, end, smallest, None, qual, "figure/vague", False, False, 0), end
    n1_text = m.group("n1")
    n1 = _read_number(p, n1_text)
    n1_start = m.start("n1")
    if n1 is None:
        return None, m.end()
    end = n1_start + n1.end
    truncated = end < m.end("n1")
    count = n1.value
    high: Fraction | None = None
    rule = "figure/number"
    sep = m.group("sep")
    n2_text = m.group("n2")
    if not truncated and sep is not None and n2_text is not None:
        sk = sep.lower() if sep.isalpha() else "-"
        allowed = (sk != "and" or qk in lex.range_openers) and qk not in lex.change_openers
        n2 = _read_number(p, n2_text) if allowed else None
        if n2 is not None and n2.end == len(n2_text):
            low = count
            if n1.multiplier == 1 and n2.multiplier > 1 and low * n2.multiplier <= n2.value:
                low = low * n2.multiplier
            if n2.value > low:
                count, high = low, n2.value
                end = m.end("n2")
                rule = "figure/range"
                qualifier = Qualifier.RANGE
                if qk in lex.range_openers:
                    start = m.start()
    if high is None and qk in (*lex.range_openers, *lex.change_openers):
        qualifier = None
        start = n1_start
    if high is None and not truncated and sep is None and m.group("post") is not None:
        post = lex.postfix_qualifier_by_phrase.get(key(m.group("post")))
        if post is not None:
            qualifier = qualifier or Qualifier(post)
            end = m.end("post")
    if qualifier is Qualifier.UP_TO:
        high = count
    if count.denominator != 1 or (high is not None and high.denominator != 1):
        return None, end
    if count > lex.max_value or (high is not None and high > lex.max_value):
        return None, end
    first = n1_text.strip()
    bare_digits = first.isdigit()
    bare_year = _year_like(p, first) and (high is None or _year_like(p, n2_text or ""))
    bare_one = qualifier is None and high is None and key(first) == "one"
    return (
        _Read(
            start,
            end,
            int(count),
            int(high) if high is not None else None,
            qualifier or Qualifier.EXACT,
            rule,
            bare_year,
            bare_one,
            len(first) if bare_digits else 0,
        ),
        end,
    )


def _year_like(p: _Patterns, digits: str) -> bool:
    digits = digits.strip()
    return (
        len(digits) == 4
        and digits.isdigit()
        and p.lexicon.bare_year_min <= int(digits) <= p.lexicon.bare_year_max
    )


def _figure(read: _Read, text: str) -> Figure:
    return Figure(
        count=read.count,
        high=read.high,
        qualifier=read.qualifier,
        text=text[read.start : read.end],
    )


# -- public API -------------------------------------------------------------------------


def parse_figure(text: str) -> Figure | None:
    """Read one number phrase with its qualifier.

    Args:
        text: the phrase alone ("some 1,500", "35 to 40", "tens of thousands").

    Returns:
        The figure, keeping the words in ``Figure.text``; ``None`` for text that is no
        figure (or not only one), a fraction ("2.5"), or a number beyond 10**12.

    Examples:
        >>> parse_figure("1.4 million").count
        1400000
        >>> f = parse_figure("between 1,500 and 3,000")
        >>> (f.count, f.high, f.qualifier.value)
        (1500, 3000, 'range')
        >>> (parse_figure("nearly one hundred").count, parse_figure("almost 40").qualifier.value)
        (100, 'nearly')
        >>> f = parse_figure("tens of thousands")
        >>> (f.count, f.qualifier.value)
        (20000, 'at_least')
        >>> parse_figure("a million and a half").count
        1500000
        >>> parse_figure("February 14") is None
        True
    """
    p = _patterns()
    phrase, m = _whole_phrase(text, p.figure)
    if m is None:
        return None
    read, _ = _read_figure(p, m, strict=False)
    if read is None or read.start != 0 or read.end != len(phrase):
        return None
    return _figure(read, phrase)


def find_figures(text: str) -> list[FigureMention]:
    """Find every count-like number phrase in a text, with its qualifier, left to right.

    Years ("in 2023"), dates ("February 14"), clock times, percentages, money
    ("$8 billion", "billions of dollars"), ordinals ("2nd"), labels and model numbers
    ("Resolution 2334", "F-16"), identifiers, and numbers tied to a unit of time or
    measure ("42 days", "14-kilometre") are left out; a bare "one" is too ("one of the
    aides"), but "at least one" is kept.

    Args:
        text: a sentence or a whole article.

    Returns:
        The mentions in text order, none overlapping; each span takes in the
        qualifier words ("more than 28,000").

    Examples:
        >>> text = ("More than 28,000 people were killed and some 10,000 fighters, "
        ...         "officials said in 2024; 35 to 40 hostages and dozens of others.")
        >>> [(f.text, f.figure.count, f.figure.high, f.figure.qualifier.value)
        ...  for f in find_figures(text)]  # doctest: +NORMALIZE_WHITESPACE
        [('More than 28,000', 28000, None, 'more_than'), ('some 10,000', 10000, None, 'about'),
         ('35 to 40', 35, 40, 'range'), ('dozens', 12, None, 'at_least')]
    """
    if not isinstance(text, str) or not text:
        return []
    p = _patterns()
    lex = p.lexicon
    out: list[FigureMention] = []
    pos = 0
    length = len(text)
    lower = text.lower()
    folded = _folded(p.scan) if _foldable(text, lower) else None
    while pos < length:
        if folded is not None:
            found = folded.search(lower, pos)
            if found is None:
                break
            # the same match, read again in the text for its groups
            m = p.scan.match(text, found.start()) or p.scan.search(text, found.start())
        else:
            m = p.scan.search(text, pos)
        if m is None:
            break
        if m.group("fig") is None:
            pos = m.end()
            continue
        read, resume = _read_figure(p, m)
        pos = max(resume, m.start() + 1)
        if read is None or read.bare_year or read.bare_one or read.digits >= lex.id_digits:
            continue
        if p.not_count_after.match(text, read.end):
            continue
        out.append(FigureMention(read.start, read.end, text[read.start : read.end],
                                 _figure(read, text), read.rule))
    return out


def _duration_days(p: _Patterns, m: re.Match[str]) -> int | None:
    lex = p.lexicon
    if m.group("d_u3") is not None:
        days = lex.duration_unit_days[key(m.group("d_u3"))]
    elif m.group("d_hf") is not None:
        days = lex.duration_unit_days[key(m.group("d_u2"))] / 2
    else:
        number_text = m.group("d_n")
        if key(number_text) in ("a", "an"):
            amount = Fraction(1)
        else:
            number = _read_number(p, number_text)
            if number is None or number.end != len(number_text):
                return None
            amount = number.value
        if m.group("d_h1") is not None or m.group("d_h2") is not None:
            amount += Fraction(1, 2)
        days = amount * lex.duration_unit_days[key(m.group("d_u"))]
    if days < Fraction(1, 2) or days > lex.max_value:
        return None
    return int(days + Fraction(1, 2))


def _duration_rule(m: re.Match[str]) -> str:
    if m.group("d_u3") is not None:
        return "duration/unit-long"
    if m.group("d_hf") is not None:
        return "duration/half-unit"
    return "duration/number-unit"


def parse_duration(text: str) -> int | None:
    """Read a length of time, in days.

    A week is 7 days, a month 30, a year 365 (as the gold format counts them); hours
    are divided into days and a length that is not a whole number of days rounds half
    up.

    Args:
        text: the phrase alone ("six weeks", "six-week", "four and a half months").

    Returns:
        The number of days, or ``None`` for anything else.

    Examples:
        >>> [parse_duration(t) for t in ("six weeks", "six-week", "42 days", "a month",
        ...                              "a fortnight", "two years", "48 hours")]
        [42, 42, 42, 30, 14, 730, 2]
        >>> parse_duration("four and a half months")
        135
        >>> parse_duration("last week") is None
        True
    """
    p = _patterns()
    _, m = _whole_phrase(text, p.duration)
    if m is None:
        return None
    return _duration_days(p, m)


def _whole_phrase(text: object, pattern: re.Pattern[str]) -> tuple[str, re.Match[str] | None]:
    """``text`` stripped, and ``pattern`` matched against all of it (no match for a
    non-string, an empty text or one too long to be a single phrase)."""
    if not isinstance(text, str):
        return "", None
    phrase = text.strip()
    if not phrase or len(phrase) > _MAX_PHRASE:
        return phrase, None
    return phrase, pattern.fullmatch(phrase)


def find_durations(text: str) -> list[DurationMention]:
    """Find every length of time in a text, left to right, in days.

    A length that is really a point in time ("two weeks ago", "a day later") or an age
    ("20-year-old") is left out, and so is a rate ("twice a year", "$5 billion a
    year") and either end of a range of lengths ("two to three weeks").

    Args:
        text: a sentence or a whole article.

    Returns:
        The mentions in text order, none overlapping.

    Examples:
        >>> [(d.text, d.days) for d in find_durations(
        ...     "The group extended the truce period from six weeks to four and a half "
        ...     "months, after a six-week pause.")]
        [('six weeks', 42), ('four and a half months', 135), ('six-week', 42)]
    """
    if not isinstance(text, str) or not text:
        return []
    p = _patterns()
    lowered = text.lower()
    if not any(unit in lowered for unit in p.lexicon.duration_unit_days):
        return []  # every length names a unit: most sentences are done with here
    out: list[DurationMention] = []
    for m in _duration_matches(p, text, lowered):
        start, end = m.start(), m.end()
        rule = _duration_rule(m)
        number_text = m.group("d_n")
        if number_text is not None and key(number_text) in ("a", "an"):
            if key(m.group("d_u")) not in p.lexicon.duration_singular_units:
                continue  # "a decades-long feud"
            if m.group("d_long") is not None:
                start, rule = m.start("d_u"), "duration/unit-long"  # "a year-long war"
        if p.duration_not_after.match(text, end):
            continue
        left = max(0, start - _LEFT_WINDOW)
        if p.duration_range_before.search(text, left, start):
            continue
        if number_text is not None and key(number_text) in ("a", "an", "one") and (
            p.duration_rate_before.search(text, left, start)
        ):
            continue
        days = _duration_days(p, m)
        if days is None:
            continue
        out.append(DurationMention(start, end, text[start:end], days, rule))
    return out


def _foldable(text: str, lower: str) -> bool:
    """Whether a pattern of this module (IGNORECASE and ASCII, its letters written in
    lower case) matches ``lower``, the text in lower case, without IGNORECASE just as it
    matches ``text`` (which scans about twice as fast): not where some character lowers
    to another length (dotted I) or to an ASCII letter (the Kelvin sign)."""
    return len(lower) == len(text) and (text.isascii() or "\u212a" not in text)


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for lower-case text (see `_foldable`)."""
    return _folded_source(pattern.pattern, pattern.flags)


@cache
def _folded_source(source: str, flags: int) -> re.Pattern[str]:
    # keyed by the source, whose hash is kept, not by the pattern, whose hash is
    # computed anew from all its compiled code on every look-up
    return re.compile(source, flags & ~re.IGNORECASE)


def _duration_matches(p: _Patterns, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """What ``p.duration.finditer(text)`` finds: found in the lower-case text where
    that is the same, each then read again in ``text`` for its groups."""
    if not _foldable(text, lowered):
        yield from p.duration.finditer(text)
        return
    folded = _folded(p.duration)
    pos = 0
    while True:
        found = folded.search(lowered, pos)
        if found is None:
            return
        m = p.duration.match(text, found.start())
        if m is None:  # cannot happen: the two patterns agree
            yield from p.duration.finditer(text, found.start())
            return
        yield m
        pos = max(m.end(), m.start() + 1)


def parse_ordinal(text: str) -> int | None:
    """Read an ordinal: "first" -> 1, "second" -> 2, "twenty-first" -> 21, "3rd" -> 3.

    Returns:
        The number, or ``None`` for anything else ("final", "last", "three").

    Examples:
        >>> [parse_ordinal(t) for t in ("first", "second", "third", "1st", "2nd", "final")]
        [1, 2, 3, 1, 2, None]
    """
    if not isinstance(text, str):
        return None
    phrase = text.strip()
    if not phrase or len(phrase) > _MAX_PHRASE:
        return None
    p = _patterns()
    m = p.ordinal.fullmatch(phrase)
    if m is None:
        return None
    if m.group("digits") is not None:
        value = int(m.group("digits"))
        return value if 0 < value <= p.lexicon.max_value else None
    value = p.lexicon.ordinals[key(m.group("word"))]
    tens = m.group("tens")
    if tens is not None:
        if value >= 10:
            return None
        value += p.tens[key(tens)]
    return value


def parse_count(text: str) -> int | None:
    """Read a plain cardinal number in digits or words: "three" -> 3, "3" -> 3,
    "1,200" -> 1200, "twenty-one" -> 21.

    Returns:
        The number, or ``None`` for anything else (qualified or vague phrases,
        fractions, ordinals, numbers beyond 10**12).

    Examples:
        >>> [parse_count(t) for t in ("three", "3", "twenty-one", "one hundred and five",
        ...                           "several", "third")]
        [3, 3, 21, 105, None, None]
    """
    if not isinstance(text, str):
        return None
    phrase = text.strip()
    if not phrase or len(phrase) > _MAX_PHRASE:
        return None
    p = _patterns()
    if p.cardinal.fullmatch(phrase) is None:
        return None
    number = _read_number(p, phrase)
    if number is None or number.end != len(phrase) or number.value.denominator != 1:
        return None
    if number.value > p.lexicon.max_value:
        return None
    return int(number.value)
