"""Stage 5d: casualty claims — who claims how many people were killed, injured,
displaced, held, released or missing.

A figure ("more than 28,000", "some 1,500", "35 to 40", "a dozen") counts people when a
people word follows it ("74 Palestinians", "two captives", "1.4 million displaced
Palestinians", "17 injured people"), it is itself the head ("42,000 lives"), it is a
part of a group ("four of them", "37 of whom"), it stands after a toll ("the death toll
rose to 63"), the words after it are the subject of a casualty verb ("nine activists
aboard were killed"), or the sentence names them first ("the number of displaced
people has surpassed 7 million"); a figure glued to a hyphen ("a nine-person
delegation") counts no one. What it counts comes from the verb said of its people ("354
passengers were freed, 37 of whom were injured"), else from the casualty word nearest to
it in its clause ("killing 1,200 people", "taking 253 others captive"); a figure given
for two kinds at once ("killed and injured 1,000") counts the graver one.

The claimant is the source the sentence gives for a figure: "according to X", "citing
X" and "quoting X" (for the figures of their own part of the sentence, or of the whole
sentence when they open it or stand after a comma); the subject of a verb of saying
before the figure ("Security forces in Somalia say they killed ...", "the officials
also said", "Chaudhry, director general of ..., said"); a closing "..., X said." or
"..., said X." after it; "the 10,000 fighters Israel says it has killed"; the speaker
named after a quotation that holds the figure closes, even sentences later. A pronoun
("he said", "It later claimed") stands for the last speaker of the sentences before,
and a sentence that is only a quotation continues the quotation before it. ``None``
where the article speaks in its own voice.

A hedge in the same or the next sentence ("That figure cannot be independently
verified") is kept, and the claim marked unverified. The date a figure refers to is a
date of its sentence that differs from publication.

A vague plural ("dozens", "hundreds", "tens of thousands") claims no count and gives no
claim; nor does a capacity ("the camp can hold 500 people"). Where a sentence names both
a state and an event ("two captives ... freed"), the event wins: released, killed and
injured over displaced and missing, over held. A figure reported twice is one claim,
unless the second names a part of a larger figure ("including two elders").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import attrs

from diplomod.knowledge import KnowledgeBase
from diplomod.model import CasualtyClaim, Figure
from diplomod.parse._words import lexicon
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.parse.numbers import FigureMention
from diplomod.partial_date import PartialDate
from diplomod.vocab import ActorKind, CasualtyKind, Qualifier, Verification

__all__ = ["extract_casualty_claims"]

_CLAUSE_BREAK = re.compile(r"[;:()]|,\s+(?:and|but|while|whereas|which|who)\b")
_WINDOW_AFTER = 110
_KIND_RANK = {"released": 0, "killed": 0, "injured": 0, "missing": 1, "displaced": 1,
              "held_captive": 2}
# a figure given for two kinds at once counts the graver
_GRAVITY = {"killed": 0, "injured": 1, "missing": 2, "held_captive": 3, "displaced": 4,
            "released": 5}
_WINDOW_BEFORE = 50
# a digit or a number word: sentences without one hold no figure, so none is looked for
_MAY_COUNT = re.compile(
    r"\d|teen\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|scores|several|a few|a couple|handful|half)\b")
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:percent|per cent|%|kilomet|km|mile|meter|metre|tons?|"
                               r"dollars|euros|usd|\$|years? old|tanks|vehicles|rockets|"
                               r"missiles|drones|homes|houses|buildings|trucks|acres|hectares)",
                               re.I)
# words: "U.S." and "U.N." whole, a word with its apostrophes and hyphens, or one mark
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9][\w'-]*|[^\w\s]")

# -- the grammar of attribution (function words, not knowledge) ------------------------
_SOURCE_PREPOSITIONS = frozenset({"according to", "citing", "quoting"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that",
                       "these", "those", "there", "one"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# words that end a subject read backwards from its verb
_SUBJECT_STOP = frozenset({
    "that", "which", "who", "whom", "whose", "when", "while", "as", "after", "before",
    "because", "since", "but", "if", "where", "although", "though", "so", "until", "than",
    "whether", "once", "with", "without", "by", "what", "how", "whereas", "to",
    "said", "says", "say", "told", "reported", "claimed", "claims", "estimated", "not",
})
# a passive auxiliary before the verb: "it was reported", "people have been confirmed"
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since",
                            "if", "although", "though", "once", "until", "whereas"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
# words between a subject and its verb: "the officials also said", "X on Monday said"
_BETWEEN = frozenset({
    "also", "later", "earlier", "previously", "has", "have", "had", "would", "will",
    "further", "then", "now", "separately", "initially", "first", "again", "reportedly",
    "officially", "publicly", "repeatedly", "already", "still", "just", "on", "last",
    "late", "early", "today", "yesterday", "tonight", "morning", "evening", "night",
    "afternoon", "week", "did", "does", "do", "subsequently", "jointly",
}) | _WEEKDAYS
# adverbials that open a sentence before its subject: "On Thursday the ministry said"
_LEADING = frozenset({
    "on", "in", "at", "during", "after", "late", "early", "earlier", "later", "meanwhile",
    "separately", "also", "but", "and", "however", "then", "now", "still", "yet", "so",
    "last", "this", "today", "yesterday", "tonight", "morning", "evening", "night",
    "afternoon", "week", "month", "year", "the", "a", "an", "additionally", "moreover",
}) | _WEEKDAYS
_ARTICLES = frozenset({"the", "a", "an"})
# after a verb of saying: a participle ("cases reported across 13 countries")
_PARTICIPLE_NEXT = frozenset({"across", "between", "by", "in", "from", "at", "during",
                              "among", "over", "for", "as", "responsibility",
                              "credit"})
# what ends a source named after "according to" / "citing" / "said"
_SOURCE_STOP = frozenset({"who", "which", "whose", "that", "in", "on", "as", "when",
                          "while", "after", "because", "since", "said", "says", "told",
                          "adding", "saying", "and", "but", "to", "of", "for"})
_SOURCE_JOINERS = frozenset({"and", "of", "for", "to"})  # inside a source: "Ministry of ..."
_PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'-]*)")
_WORDS = re.compile(r"[a-z][a-z'-]*")
_SUBCOUNT = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b")
# joins a toll and its figure: "the death toll had risen to", "a toll of"
_TOLL_GAP = frozenset({"to", "at", "of", "had", "has", "have", "risen", "rose", "climbed",
                       "reached", "stood", "stands", "jumped", "increased", "now", "was",
                       "is", "hit", "surpassed", "exceeded", "topped", "been", "passed",
                       "grew", "grown", "reaching", "rising", "climbing", "stand"})
# between counted people and what befell them: "were", "had been", "were also"
# "the number of displaced people in Sudan has surpassed": a count named before its figure
_NUMBER_OF = re.compile(
    r"\bthe\s+(?:total\s+|overall\s+)?(?:number|count|tally)\s+of\s+"
    r"(?P<group>[a-z][^,;:()]{0,60}?)\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?)?(?:now\s+)?"
    r"(?:risen|rose|climbed|reached|stood|stands|jumped|increased|hit|surpassed|exceeded|"
    r"topped|passed|grew|grown|is|was)(?:\s+(?:to|at))?\s+$")
_NUMBER_OF_STOP = frozenset({"in", "who", "that", "from", "across", "at", "on", "since",
                             "inside", "by", "to", "into", "has", "have", "had", "is", "was"})
_NUMBER_OF_REACH = 120  # characters before a figure searched for "the number of ..."
_AUXILIARIES = frozenset({"were", "was", "had", "have", "has", "been", "are", "is", "being",
                          "also", "all", "reportedly", "later", "subsequently", "then",
                          "allegedly", "confirmed", "believed", "to", "feared", "since"})
_APPOSITION_TOKENS = 24  # how far back the comma that opens a long apposition is looked for
_QUOTE_REACH = 600  # how far a quotation's closing mark is looked for
_QUOTE_GAP = 4  # characters between a closing quotation mark and its speaker
_MODALS = frozenset({"can", "could", "would", "will", "may", "might", "to", "should"})


def _people_words(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The people words: the trigger file's list and every state's plural demonyms in
    lower case ("palestinians", "ukrainians", "sudanese"); and of them the kinds said
    as nouns ("injured", "dead", "displaced"; not "hostages", which is a group). Made
    once per knowledge base."""
    cached = _PEOPLE_CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        demonyms = {d.lower() for s in kb.states.values() for d in s.demonyms
                    if d.endswith(("s", "ese"))}  # "Ukrainians", "Sudanese"; not "Israeli"
        people = cues().people_nouns | frozenset(demonyms)
        kind_words = frozenset(p for p in cues().casualty.phrases
                               if p in people and not p.endswith("s"))
        cached = (kb, people, kind_words)
        _PEOPLE_CACHE[id(kb)] = cached
    return cached[1], cached[2]


_PEOPLE_CACHE: dict[int, tuple[KnowledgeBase, frozenset[str], frozenset[str]]] = {}


@attrs.frozen(slots=True)
class _Counted:
    """What a figure counts: the group's words (``None`` where the text gives only a
    kind word or a pronoun), where they end (sentence offset), and whether the words
    that follow can only be the group's own predicate (a part, "37 of whom")."""

    group: str | None
    end: int
    partitive: bool = False


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


class _Sentence:
    """A sentence as the claimant rules read it: its tokens and its verbs of saying,
    made once."""

    __slots__ = ("ctx", "ends", "index", "sources", "tokens", "verbs")

    def __init__(self, ctx: SentenceContext) -> None:
        self.ctx = ctx
        self.index = ctx.sentence.index
        self.tokens = _tokens(ctx.text)
        self.ends = [t[1] for t in self.tokens]
        self.verbs: list[Hit] = []
        self.sources: list[Hit] = []
        for hit in ctx.find(cues().claim_cue):
            (self.sources if hit.phrase in _SOURCE_PREPOSITIONS else self.verbs).append(hit)

    def before(self, pos: int) -> int:
        """The index of the last token ending at or before ``pos``."""
        return bisect_right(self.ends, pos) - 1

    def after(self, pos: int) -> int:
        """The index of the first token starting at or after ``pos``."""
        return bisect_left(self.ends, pos + 1)


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _has_digit(tok: str) -> bool:
    return any(ch.isdigit() for ch in tok)


def _strip_leading(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    i = 0
    while i < len(words) - 1 and words[i][2].lower() in _LEADING:
        i += 1
    return words[i:]


def _phrase(s: _Sentence, words: list[tuple[int, int, str]]) -> str:
    return s.ctx.text[words[0][0]:words[-1][1]] if words else ""


@attrs.frozen(slots=True)
class _Subject:
    """The subject of a verb of saying: its words, where it starts, and what stopped the
    reading backwards (``start``, ``mark``, ``word``, ``floor``)."""

    text: str
    start: int
    boundary: str
    stop: str = ""
    stop_at: int = -1  # where the mark or word that stopped it starts

    @property
    def pronoun(self) -> bool:
        return self.text.lower() in _PRONOUNS


def _subject_before(s: _Sentence, pos: int, floor: int = 0) -> _Subject | None:
    """The noun phrase right before a verb at ``pos``, read backwards to a mark, a
    function word, a number or ``floor``; ``None`` where it is a passive ("was
    reported") or too long to be a subject."""
    toks = s.tokens
    i = s.before(pos)
    while i >= 0 and toks[i][0] >= floor and toks[i][2].lower() in _BETWEEN:
        i -= 1
    words: list[tuple[int, int, str]] = []
    boundary, stop, stop_at = "start", "", -1
    while i >= 0:
        start, _, tok = toks[i]
        low = tok.lower()
        if start < floor:
            boundary = "floor"
            break
        if not _is_word(tok):
            boundary, stop, stop_at = "mark", tok, start
            break
        if low in _PASSIVE and not words:
            return None
        if low in _SUBJECT_STOP or _has_digit(tok) or (
                low == "and" and not _and_joins(s, i, floor, words)):
            boundary, stop, stop_at = "word", low, start
            break
        words.append(toks[i])
        if len(words) > 9:
            return None
        i -= 1
    words.reverse()
    words = _strip_leading(words)
    while words and words[0][2].lower() in _ARTICLES:
        words = words[1:]
    if not words:
        return _Subject("", pos, boundary, stop, stop_at)
    return _Subject(_phrase(s, words), words[0][0], boundary, stop, stop_at)


def _and_joins(s: _Sentence, i: int, floor: int, words: list[tuple[int, int, str]]) -> bool:
    """Whether the "and" at token ``i`` joins two sources ("officials and victims'
    families") rather than two clauses: one to three words before it, back to a mark or
    the start of the sentence."""
    if not words:
        return False
    toks, j, n = s.tokens, i - 1, 0
    while j >= 0 and toks[j][0] >= floor and _is_word(toks[j][2]):
        low = toks[j][2].lower()
        if low in _SUBJECT_STOP or low == "and" or _has_digit(toks[j][2]) or n >= 3:
            return False
        n += 1
        j -= 1
    return n >= 1 and (j < 0 or (toks[j][0] >= floor and not _is_word(toks[j][2])))


def _source_after(s: _Sentence, pos: int, limit: int = 12) -> str | None:
    """The source named from ``pos`` on ("according to [the health ministry], ...",
    "..., said [Ahmed Khan]."): up to a mark or a word that ends it."""
    toks = s.tokens
    i = s.after(pos)
    words: list[tuple[int, int, str]] = []
    while i < len(toks) and len(words) <= limit:
        tok = toks[i][2]
        if not _is_word(tok) or _has_digit(tok):
            break
        low = tok.lower()
        if low in _SOURCE_STOP and not (low in _SOURCE_JOINERS and words
                                        and _joined(toks, i)):
            break
        words.append(toks[i])
        i += 1
    while words and words[0][2].lower() in _ARTICLES:
        words = words[1:]
    while words and words[-1][2].lower() in _SOURCE_JOINERS:
        words = words[:-1]
    if not words or len(words) > limit or words[0][2].lower() in _PRONOUNS:
        return None
    return _phrase(s, words)


def _joined(toks: list[tuple[int, int, str]], i: int) -> bool:
    """An "and" / "of" inside a source: the next word is a name or a noun, not a verb
    phrase ("witnesses and a Somali lawmaker", "Ministry of Health")."""
    if i + 1 >= len(toks) or not _is_word(toks[i + 1][2]):
        return False
    nxt = toks[i + 1][2]
    return nxt[0].isupper() or nxt.lower() in _ARTICLES or nxt.endswith("s")


def _valid(subject: _Subject | None) -> bool:
    return subject is not None and bool(subject.text) and not subject.pronoun \
        and subject.text.split()[0].lower() not in _RELATIVE


def _verb_subject(dc: DocumentContext, s: _Sentence, verb: Hit, depth: int,
                  floor: int = 0, *, inverted: bool = True,
                  ) -> tuple[str | None, _Subject | None]:
    """Who says, for a verb of saying: the subject before it, a pronoun's antecedent,
    or (``inverted``) the source after it ("..., said Ahmed Khan")."""
    nxt = s.after(verb.end)
    if verb.phrase.endswith("ed") and nxt < len(s.tokens) \
            and s.tokens[nxt][2].lower() in _PARTICIPLE_NEXT:
        return None, None  # "cases reported across", "claimed responsibility"
    subject = _subject_before(s, verb.start, floor)
    if subject is None:
        return None, None
    if subject.pronoun:
        pronoun = subject.text.lower()
        if pronoun in ("he", "she", "it", "they", "we"):
            return _speaker(dc, s.index - 1, depth + 1, person=pronoun in ("he", "she")), \
                subject
        return None, subject
    if subject.text:
        return (subject.text if _valid(subject) else None), subject
    if subject.boundary == "mark" and subject.stop in (",", '"', "'"):
        after = _source_after(s, verb.end, limit=8) if inverted else None
        return (after or _apposed(s, verb.start, floor)), subject  # "..., said Ahmed Khan."
    return None, subject


def _apposed(s: _Sentence, pos: int, floor: int) -> str | None:
    """The subject of a verb after an apposition: "Chaudhry, director general of
    military public relations, said": the name before it, else the apposition."""
    comma = s.before(pos)
    if comma < 0 or s.tokens[comma][2] != ",":
        return None
    title = _subject_before(s, s.tokens[comma][0], floor)
    if title is None:  # a long apposition: the name before the comma that opens it
        return _name_before_apposition(s, comma, floor)
    if not title.text:
        return None
    if title.boundary == "mark" and title.stop == ",":
        name = _subject_before(s, title.stop_at, floor)
        if name is not None and _valid(name) and len(name.text.split()) <= 5:
            return name.text
    return title.text if _valid(title) else None


def _name_before_apposition(s: _Sentence, comma: int, floor: int) -> str | None:
    """"X, a Houthi official in charge of prisoner exchange talks, said": the
    capitalized name before the comma that opens a long apposition."""
    toks = s.tokens
    for k in range(comma - 1, max(-1, comma - _APPOSITION_TOKENS), -1):
        tok = toks[k][2]
        if tok == ",":
            name = _subject_before(s, toks[k][0], floor)
            if name is not None and _valid(name) and len(name.text.split()) <= 5 \
                    and all(w[:1].isupper() or w.split("-")[0].lower() in lexicon().name_particles
                            for w in name.text.split()):
                return name.text
            return None
        if not _is_word(tok) and tok not in ("'", "'s", "-"):
            return None
    return None


def _speaker(dc: DocumentContext, i: int, depth: int, *, person: bool = False) -> str | None:
    """Who "he said" or "it claimed" stands for: the last speaker of sentence ``i``, or
    for "he" / "she" the last person it names; else the same of the sentence before."""
    if i < 0 or depth > 4:
        return None
    s = _Sentence(dc.sentences[i])
    for verb in reversed(s.verbs):
        who, subject = _verb_subject(dc, s, verb, depth)
        if who:
            return who
        if subject is not None and subject.pronoun:
            break  # its own antecedent was looked for, further back
    else:
        if not person:
            return _speaker(dc, i - 1, depth + 1, person=person)
    if person:
        named = s.ctx.acting(kinds=(ActorKind.PERSON,))
        actor = dc.table.get(named[-1][1]) if named else None
        if actor is not None:
            return actor.name
        return _speaker(dc, i - 1, depth + 1, person=person)
    return None


def _segment(s: _Sentence, pos: int) -> tuple[int, int]:
    """The stretch between the commas (or other marks) around ``pos``."""
    toks = s.tokens
    i = s.before(pos)
    start = 0
    while i >= 0:
        if toks[i][2] in ",;()" and toks[i][0] < pos:
            start = toks[i][1]
            break
        i -= 1
    end = len(s.ctx.text)
    for j in range(max(0, s.after(pos)), len(toks)):
        if toks[j][2] in ",;()" and toks[j][0] >= pos:
            end = toks[j][0]
            break
    return start, end


def _claimant(dc: DocumentContext, s: _Sentence, fig: FigureMention,
              counted_end: int) -> str | None:
    """The source the sentence gives for a figure (see the module docstring)."""
    ctx = s.ctx
    here, there = ctx.local(fig.start), ctx.local(fig.end)
    best: tuple[int, str] | None = None
    for hit in s.sources:
        source = _source_after(s, hit.end)
        if source is None:
            continue
        first = s.before(hit.start)
        opens = all(not _is_word(t[2]) for t in s.tokens[:first + 1])
        after_comma = first >= 0 and s.tokens[first][2] in ",("
        lo, hi = _segment(s, hit.start)
        if opens or after_comma or lo <= here < hi:
            gap = abs(hit.start - here)
            if best is None or gap < best[0]:
                best = (gap, source)
    if best is not None:
        return best[1]
    # "the 10,000 fighters Israel says it has killed"
    for verb in s.verbs:
        if verb.start < counted_end:
            continue
        subject = _subject_before(s, verb.start, floor=counted_end)
        if subject is not None and subject.boundary == "floor" and _valid(subject) \
                and len(subject.text.split()) <= 4 and (
                    subject.text[0].isupper()
                    or ctx.lower[counted_end:subject.start].split() in (["the"], ["a"])):
            return subject.text  # a name, or "the army": not "fighters killed"
        break
    # "Security forces in Somalia say they killed all six attackers"
    for verb in reversed(s.verbs):
        if verb.end > here:
            continue
        # the figure follows the verb: what comes after it is what is said, not who says
        who, subject = _verb_subject(dc, s, verb, 0, inverted=False)
        if who is None or subject is None:
            continue
        if subject.stop in _SUBORDINATORS or subject.stop in _RELATIVE:
            # "After X said ..., a strike killed 12"; "Hamas, which Israel says ..., killed"
            _, seg_end = _segment(s, verb.end)
            if here >= seg_end:
                continue
        return who
    # "..., the United Nations said." / "...," he said.
    for verb in s.verbs:
        if verb.start < there:
            continue
        who, subject = _verb_subject(dc, s, verb, 0, floor=there)
        if who is not None and subject is not None and subject.boundary == "mark" \
                and subject.stop in (",", '"', "'", "-"):
            return who
    # a sentence that only goes on with a quotation: its speaker's
    if ctx.text.lstrip().startswith('"') and not s.verbs and s.index > 0 \
            and '"' in dc.sentences[s.index - 1].text:
        return _speaker(dc, s.index - 1, 1)
    return _speaker_after_quote(dc, fig.end)


def _speaker_after_quote(dc: DocumentContext, offset: int) -> str | None:
    """Who speaks a quotation that holds ``offset`` and is attributed after it closes,
    maybe some sentences on: '"... at least 122 dead ... We urge the government to
    act," Nzaghani told reporters.'"""
    text = dc.doc.text
    if text.count('"', dc.doc.line_start(offset), offset) % 2 == 0:
        return None  # not inside a quotation
    close = text.find('"', offset, offset + _QUOTE_REACH)
    if close < 0:
        return None
    i = dc.sentence_index(close)
    if i < 0 or dc.doc.line_start(close) != dc.doc.line_start(offset):
        return None
    s = _Sentence(dc.sentences[i])
    floor = dc.sentences[i].local(close + 1)
    for verb in s.verbs:
        if verb.start < floor:
            continue
        who, subject = _verb_subject(dc, s, verb, 0, floor=floor)
        if subject is not None and subject.boundary in ("mark", "floor") \
                and subject.start - floor <= _QUOTE_GAP:
            return who
        return None
    return None


def _counted(ctx: SentenceContext, fig: FigureMention, people: frozenset[str],
             kind_words: frozenset[str]) -> _Counted | None:
    """The people a figure counts, from the words that follow it."""
    local_end = ctx.local(fig.end)
    tail = ctx.lower[local_end:local_end + _WINDOW_AFTER]
    if _NOT_PEOPLE_AFTER.match(tail) or tail.startswith("-"):
        return None  # "a nine-person delegation": a compound modifier counts no one
    part = _PARTITIVE.match(tail)
    if part is not None:
        return _Counted(None, local_end + part.end(), partitive=True)
    words = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(tail, 0, 60)][:5]
    kind_word: tuple[int, int, str] | None = None
    for n, (_, w_end, word) in enumerate(words):
        if word in people and word not in kind_words:
            start = kind_word[1] if kind_word is not None else 0
            group = ctx.text[local_end + start:local_end + w_end].strip(" \"'")
            group = re.sub(r"^(?:of\s+|the\s+)+", "", group)
            return _Counted(group or None, local_end + w_end)
        if word in kind_words and n == 0:
            kind_word = (words[n][0], w_end, word)  # "17 injured people", "1.4 million displaced"
            continue
        if n >= 3 or word in ("of", "in", "and", "from", "to", "with", "by"):
            if word == "of" and n == 0:
                continue
            break
    if kind_word is not None:
        return _Counted(None, local_end + kind_word[1])
    return None


def _toll_before(ctx: SentenceContext, fig: FigureMention, hits: list[Hit]) -> bool:
    """Whether a toll stands before the figure: "the death toll had risen to 63"."""
    here = ctx.local(fig.start)
    for hit in reversed(hits):
        if hit.end > here:
            continue
        if "toll" not in hit.phrase:
            return False
        gap = ctx.lower[hit.end:here].split()
        return len(gap) <= 4 and all(w in _TOLL_GAP for w in gap)
    return False


def _number_of(ctx: SentenceContext, fig: FigureMention, people: frozenset[str],
               kind_words: frozenset[str]) -> _Counted | None:
    """The people a figure counts when the sentence names them first: "the number of
    displaced people has surpassed 7 million", "the number of refugees who fled to Chad
    reached 600,000"."""
    here = ctx.local(fig.start)
    found = _NUMBER_OF.search(ctx.lower, max(0, here - _NUMBER_OF_REACH), here)
    if found is None:
        return None
    words = found.group("group").split()
    head = next((n for n, w in enumerate(words) if w in _NUMBER_OF_STOP), len(words))
    if not 0 < head <= 3 or not any(w in people or w in kind_words for w in words[:head]):
        return None  # "the number of trucks reached 200"
    group = ctx.text[found.start("group"):found.end("group")].split()[:head]
    last = max((n for n, w in enumerate(group) if w.lower() in people), default=len(group) - 1)
    del group[last + 1:]  # "soldiers killed": the people, not what befell them
    return _Counted(" ".join(group), ctx.local(fig.end))


def _subject_of_verb(ctx: SentenceContext, fig: FigureMention, hits: list[Hit],
                     clause_end: int) -> _Counted | None:
    """People the text does not list, as the subject of a casualty verb: "Nine
    pro-Palestinian activists aboard were killed"."""
    local_end = ctx.local(fig.end)
    for hit in hits:
        if hit.start < local_end or hit.label not in ("killed", "injured", "missing"):
            continue
        if hit.start > clause_end:
            return None
        words = ctx.text[local_end:hit.start].split()
        if not words or len(words) > 6:
            return None
        lowered = [w.lower() for w in words]
        n = len(lowered)
        while n > 0 and lowered[n - 1] in _AUXILIARIES:
            n -= 1
        if n == 0 and lowered[0] in _PASSIVE:
            return _Counted(None, local_end)  # "40 people died and 12 were injured"
        noun = [w for w in words[:n] if w.isalpha() or "-" in w]
        if n == len(lowered) or not 1 <= n <= 4 or len(noun) != n:
            return None  # "9 activists killed" without an auxiliary is a modifier
        plural = [k for k in range(n) if lowered[k].endswith("s") and len(lowered[k]) > 3]
        if not plural:
            return None
        group = " ".join(words[:plural[-1] + 1])
        return _Counted(group, local_end + len(" ".join(words[:n])) + 1)
    return None


def _predicate(ctx: SentenceContext, counted: _Counted, hits: list[Hit]) -> Hit | None:
    """The casualty verb said of the counted people: "354 passengers [were freed]",
    "37 of whom [were injured]"."""
    pos = counted.end
    for hit in hits:
        if hit.start < pos:
            continue
        gap = ctx.lower[pos:hit.start].split()
        if len(gap) <= 3 and all(w in _AUXILIARIES or w.endswith("ly") for w in gap) \
                and (counted.partitive or any(w in _AUXILIARIES for w in gap)):
            return hit  # not "captives held in the town": a modifier, not what befell them
        return None
    return None


def _clause(ctx: SentenceContext, fig: FigureMention, breaks: list[tuple[int, int]],
            ) -> tuple[int, int]:
    """The clause a figure stands in: between the clause breaks around it."""
    here, after = ctx.local(fig.start), ctx.local(fig.end)
    i = bisect_right([end for _, end in breaks], here)
    start = breaks[i - 1][1] if i > 0 else 0
    end = len(ctx.lower)
    for b_start, _ in breaks[i:]:
        if b_start >= after:
            end = b_start
            break
    return start, end


def _modal(ctx: SentenceContext, hit: Hit) -> str:
    """The word before a casualty verb when it makes it a capacity or an aim ("can hold",
    "to free"), else ``""``."""
    before = ctx.lower[max(0, hit.start - 12):hit.start].split()
    if before and before[-1] in _MODALS:
        return before[-1]
    if len(before) >= 2 and before[-2] in _MODALS and before[-1] in ("only", "also", "up"):
        return before[-2]
    return ""


def _kind(ctx: SentenceContext, fig: FigureMention, clause: tuple[int, int],
          hits: list[Hit], counted: _Counted) -> tuple[CasualtyKind, Hit] | None:
    start, end = clause
    told = _predicate(ctx, counted, hits)
    if told is not None and not _modal(ctx, told):
        return CasualtyKind(told.label), told
    if counted.partitive:
        return None
    lo = max(start, ctx.local(fig.start) - _WINDOW_BEFORE)
    hi = min(end, ctx.local(fig.end) + _WINDOW_AFTER)
    near = [h for h in hits if h.start >= lo and h.end <= hi]
    if not near:
        return None
    here = ctx.local(fig.start)

    def distance(h: Hit) -> int:
        return h.start - ctx.local(fig.end) if h.start >= here else (here - h.end) + 5

    def rank(h: Hit) -> int:  # "to free the captives" is an aim, not a release
        return 2 if _modal(ctx, h) == "to" else _KIND_RANK[h.label]

    best = min(near, key=lambda h: (rank(h), distance(h)))
    modal = _modal(ctx, best)
    if modal and modal != "to":
        return None  # "can hold 500 people": a capacity, not a count
    best = _graver_of_pair(ctx, best, near)
    return CasualtyKind(best.label), best


def _graver_of_pair(ctx: SentenceContext, best: Hit, near: list[Hit]) -> Hit:
    """For "killed and injured 1,000", "dead or wounded": the graver of the two."""
    for other in near:
        if other is best or other.label == best.label:
            continue
        first, second = (other, best) if other.end <= best.start else (best, other)
        if ctx.lower[first.end:second.start].strip() in ("and", "or", "and/or", ","):
            return min(best, other, key=lambda h: _GRAVITY[h.label])
    return best


def _as_of(dc: DocumentContext, ctx: SentenceContext) -> PartialDate | None:
    for d in ctx.resolved_dates():
        value = d.value
        if value is None:
            continue
        if dc.published is not None and value.contains(dc.published):
            continue
        return value
    return None


def _part_of(ctx: SentenceContext, fig: FigureMention, last_counted: int) -> _Counted | None:
    """People the text does not list, named as a part of people counted just before:
    "seven other people, including two prominent traditional elders, were killed"."""
    if last_counted < 0 or _SUBCOUNT.search(ctx.lower, ctx.local(last_counted),
                                            ctx.local(fig.start)) is None:
        return None
    pos = ctx.local(fig.end)
    words: list[str] = []
    for _ in range(3):
        m = _NEXT_WORD.match(ctx.text, pos)
        if m is None:
            return None
        words.append(m.group(1))
        pos = m.end()
        nxt = _NEXT_WORD.match(ctx.text, pos)
        if len(words[-1]) > 3 and words[-1].lower().endswith("s") and (
                nxt is None or nxt.group(1).lower() in _AUXILIARIES or nxt.group(1) == "and"):
            return _Counted(" ".join(words), pos)  # a plural noun that ends the phrase
    return None


def _subcount(ctx: SentenceContext, fig: FigureMention, figures: list[FigureMention]) -> bool:
    """Whether a figure names a part of the one before it: "seven people, including two
    elders"."""
    start = 0
    for other in figures:
        if other.end <= fig.start:
            start = ctx.local(other.end)
    return start > 0 and _SUBCOUNT.search(ctx.lower, start, ctx.local(fig.start)) is not None


def extract_casualty_claims(dc: DocumentContext) -> list[CasualtyClaim]:
    """The casualty claims of a document (see the module docstring)."""
    cue = cues()
    claims: list[CasualtyClaim] = []
    people, kind_words = _people_words(dc.doc.kb)
    seen: set[tuple[CasualtyKind, int, str]] = set()
    for ctx in dc.sentences_with(cue.casualty):
        if not _MAY_COUNT.search(ctx.lower) or not ctx.figures:
            continue
        i = ctx.sentence.index
        hits = ctx.find(cue.casualty)
        breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(ctx.lower)]
        hedge_here = [h.phrase for h in ctx.find(cue.hedge)]
        hedge_next = [h.phrase for h in dc.sentences[i + 1].find(cue.hedge)] \
            if i + 1 < len(dc.sentences) else []
        said: _Sentence | None = None
        last_counted = -1  # where the last figure that counts people ended
        for fig in ctx.figures:
            if fig.rule == "figure/vague" and fig.figure.qualifier is Qualifier.AT_LEAST:
                continue  # "dozens", "tens of thousands": no count is claimed
            clause = _clause(ctx, fig, breaks)
            counted = _counted(ctx, fig, people, kind_words)
            if counted is None:
                head = ctx.lower[ctx.local(fig.end):ctx.local(fig.end) + 8].strip()
                if head.startswith(("dead", "killed", "deaths", "lives", "wounded",
                                    "injured")) or _toll_before(ctx, fig, hits):
                    counted = _Counted(None, ctx.local(fig.end))
                else:
                    counted = _subject_of_verb(ctx, fig, hits, clause[1]) or \
                        _part_of(ctx, fig, last_counted) or \
                        _number_of(ctx, fig, people, kind_words)
            if counted is None:
                continue
            last_counted = fig.end
            found = _kind(ctx, fig, clause, hits, counted)
            if found is None:
                continue
            kind, _ = found
            part = _subcount(ctx, fig, ctx.figures)
            key = (kind, fig.figure.count, (counted.group or "").lower() if part else "")
            if key in seen:
                continue
            seen.add(key)
            if said is None:
                said = _Sentence(ctx)
            hedges = tuple(dict.fromkeys(hedge_here + hedge_next))
            claimed_by = _claimant(dc, said, fig, counted.end)
            figure = Figure(count=fig.figure.count, high=fig.figure.high,
                            qualifier=fig.figure.qualifier, text=fig.text)
            claims.append(CasualtyClaim(
                id=f"casualty-{len(claims) + 1}", kind=kind, figure=figure,
                group=counted.group, as_of=_as_of(dc, ctx), claimed_by=claimed_by,
                hedges=hedges,
                verification=Verification.UNVERIFIED if any(
                    "verif" in h or "confirm" in h for h in hedges) else Verification.UNKNOWN,
                evidence=(dc.evidence(fig.start, fig.end, rule=f"casualty/{fig.rule}",
                                      attribution=claimed_by),
                          dc.sentence_evidence(ctx, rule="casualty/sentence",
                                               attribution=claimed_by)),
            ))
    return claims
