"""Stage 3a: find the mentions of actors in each sentence.

Sources of mentions, in order of trust:

1. knowledge-base names (states, organizations, people; news outlets are found so they
   can be left out);
2. titles and appositives, which introduce people the knowledge base does not know and
   say which state or organization they belong to: "Egypt's new general intelligence
   chief, Hassan Rashad", "Mossad head David Barnea", "Khalil al-Hayya, the second
   spokesman for Hamas's political branch";
3. a capitalized name of two or more words that speaks ("X said", "said X");
3b. a capitalized name of two to four words that opens with a common given name
   (``parse/data/given_names.json``) wherever it stands ("Ahmed Ali met Mohamed Osman",
   "Kashif Abdullah and Rajiv Ghai", "Sergei Petrov, who leads the delegation,"), unless
   it names a place or a body ("Martin Luther King Hospital"), is a journalist's credit,
   or is an outside commentator;
4. patterns for organizations: a demonym with an army noun ("Israeli army"), with a
   ministry ("Egyptian Foreign Ministry"), and capitalized names ending in an
   organization word ("Rapid Support Forces", "Arakan Army");
5. single capitalized words and bare titles ("Barnea", "the premier"), kept for the
   resolution stage to tie to a person named elsewhere.

Each mention records how it is used (as an actor, a place, the possessor of a title, a
source), so that a state named only as a place or in a title is not taken for an actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

import attrs

from diplomod.knowledge import KnowledgeBase
from diplomod.knowledge.entries import StateEntry
from diplomod.parse._words import Lexicon, given_names, lexicon
from diplomod.parse.cues import PhraseMatcher, join_with_cues
from diplomod.parse.document import ParsedDocument
from diplomod.parse.gazetteer import Match
from diplomod.parse.segment import Sentence
from diplomod.parse.tokens import Token
from diplomod.vocab import ActorKind

__all__ = ["ActorMention", "Usage", "find_actor_mentions"]


class Usage:
    """How a mention is used in its sentence."""

    ACTOR = "actor"
    PLACE = "place"
    POSSESSOR = "possessor"
    ADJECTIVE = "adjective"
    SOURCE = "source"
    TITLE_ONLY = "title_only"
    SURNAME = "surname"
    DESCRIPTOR = "descriptor"


@attrs.define(slots=True)
class ActorMention:
    """A mention of an actor (or of something that may turn out to be one).

    Offsets are into the normalized text; ``start:end`` covers the name, or the title
    for a bare title.
    """

    start: int
    end: int
    sentence: int
    kind: ActorKind
    usage: str
    name: str
    kb_id: str | None = None
    country: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    office_type: str | None = None
    office_id: str | None = None
    org_kb_id: str | None = None
    rule: str = ""
    form_kind: str = ""
    entity: int = -1
    commentator: bool = False
    surname_of: str | None = None  # a KB person whose surname this other full name shares


_ACTOR_KINDS = ("state", "state_alias", "metonym", "demonym", "organization", "outlet",
                "person", "place")
_NON_PERSON = ("state", "state_alias", "metonym", "demonym", "organization", "outlet",
               "place")
_BYLINE = re.compile(r"(?:by|author|written by|photo|photos|image|source|credit)\b"
                     r"[\s:-]*[A-Z]", re.I)
_BYLINE_LENGTH = 80
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "one",
                          "two", "three", "several", "some", "both"})
_POSSESSIVE = frozenset({"'s", "'"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will", "would", "could", "can",
                          "must", "should", "may", "might", "says", "said", "wants"})
_CAP = itemgetter(4)  # Token.cap, read in C when tokens are picked by a flag
_LOWER = itemgetter(3)  # Token.lower
_TEXT = itemgetter(2)  # Token.text
_GIVEN = given_names()  # hyphenated given names are listed whole ("Jean-Pierre")
_MAX_PREFIXES = 4  # honorifics and ranks before a name: "His Excellency Lt. Gen."
_MAX_LIST = 16  # tokens of a list of names walked over ("Qatari, Egyptian and US")
_MEMBER_NOUNS = frozenset({"minister", "leader", "diplomat", "official", "delegate", "envoy",
                           "representative", "negotiator", "troop", "force", "soldier"})
_COORD = frozenset({"and", ",", "or"})
_VERBISH_STOP = frozenset({"has", "is", "was", "as", "its", "this", "his", "us", "yes",
                           "news", "series", "crisis", "analysis", "basis", "bus", "gas",
                           "focus", "campus", "status", "process", "access", "press",
                           "less", "across", "plus", "unless", "thus", "red", "need",
                           "bed", "speed", "seed", "feed", "hundred", "united", "sacred"})


def _name_word(token: Token, particles: frozenset[str]) -> bool:
    """A capitalized word, or a particle glued to one ("el-Sisi", "al-Hayya")."""
    if not token.word:
        return False
    if token.cap:
        return True
    head, _, rest = token.text.partition("-")
    return bool(rest) and head.lower() in particles and rest[:1].isupper()


_FUNCTION_WORDS = frozenset({
    "where", "when", "while", "given", "that", "which", "who", "whom", "whose", "as", "if",
    "than", "then", "because", "since", "after", "before", "until", "about", "including",
    "like", "said", "says", "told", "also", "not", "only", "even", "just", "both", "all",
    "from", "into", "in", "on", "at", "under", "over", "between", "against", "without",
    "within", "during", "despite", "among", "amid", "via", "per", "led", "sent", "met",
    "meet", "meets", "urged", "asked", "called", "named", "appointed", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
    "may", "might", "must", "can", "cannot", "did", "does", "do", "there", "here", "how",
})


def _generic_form(match: Match | None) -> bool:
    """Whether an organization's form is a demonym and common nouns ("Egyptian
    intelligence"), which names no institution of its own."""
    if match is None:
        return False
    words = match.form.split()
    return len(words) > 1 and words[-1].islower() and words[0][:1].isupper() and all(
        w.islower() for w in words[1:])


def _seat_of_government(match: Match) -> bool:
    """Whether a form names both a government body and, by metonymy, its state ("the
    Kremlin", "the White House"): the state is meant."""
    org = match.first("organization")
    metonym = match.first("metonym")
    return org is not None and metonym is not None and org.country == metonym.country


# words that make a sentence report a toll: a body that only "says" it is a source
_TOLL_WORDS = frozenset({
    "killed", "dead", "died", "deaths", "death", "injured", "wounded", "casualties",
    "toll", "displaced", "missing", "arrested", "detained", "captured", "abducted",
    "kidnapped", "hostage", "hostages", "released", "freed", "fatalities", "bodies",
    "rescued", "evacuated", "fled",
})
_FIGURE_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions",
})
_FORMER = frozenset({"former", "ex", "ex-", "then", "then-", "onetime", "one-time"})
# words in a person's description that make them a commentator, not a party
_COMMENTATOR_WORDS = frozenset({
    "analyst", "analysts", "expert", "experts", "professor", "researcher", "scholar",
    "fellow", "academic", "lecturer", "think", "institute", "institution", "university",
    "college", "foundation", "school", "centre", "center", "programme", "studies",
    "endowment", "think-tank", "thinktank", "consulting", "consultancy", "sinologist",
})
_SAY = frozenset({"said", "says", "say", "told", "tells", "added", "wrote", "writes",
                  "argued", "argues", "noted", "notes", "warned", "warns", "explained",
                  "believes", "thinks", "predicted", "cautioned", "observed"})
_SMALL_NUMBERS = frozenset({"one", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                            "sixty", "seventy", "eighty", "ninety"})
_PLACE_ADJECTIVES = frozenset({
    "neighboring", "neighbouring", "nearby", "northern", "southern", "eastern", "western",
    "central", "northeastern", "northwestern", "southeastern", "southwestern", "rural",
    "coastal", "landlocked", "war-torn", "restive", "oil-rich",
})
# organizations' names that also name their building: "a news conference at the Pentagon"
_AT_BUILDING = frozenset({"at", "inside", "outside"})
# words the lexicon keeps out of personal names that may still open a body's name
# ("Security Consultative Committee", "National Intelligence and Security Agency")
_ORG_OPENERS = frozenset({
    "Security", "National", "International", "United", "Islamic", "Democratic",
    "Republican", "Federal", "Royal", "Supreme", "Central", "Human", "Regional",
    "Strategic", "Public", "Inter", "Special", "Humanitarian", "Peace", "Arab", "Gulf",
    "Kurdish", "Interior", "Defence", "Defense", "Foreign", "Relief", "Aid",
})
# words before a name that make it a place ("in Ahmed Orabi"), a ship ("USS Carl Vinson")
# or a credit ("Photo by Mohamed Abdiwahab")
_GIVEN_NAME_PLACE = frozenset({"in", "at", "near", "inside", "outside", "into", "across",
                               "toward", "towards", "around", "along"})
_SHIP_PREFIXES = frozenset({"USS", "HMS", "INS", "MV", "RFA", "HMCS", "HMAS", "FS", "TCG",
                            "ship", "vessel", "carrier", "destroyer", "frigate", "tanker"})
_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "image", "images", "credit",
                           "reporting", "editing", "writing", "edited", "written", "compiled",
                           "produced", "translated", "translation", "video", "courtesy",
                           "watch", "stringer", "stringers"})
# words before a name (or before its comma: "Amirov's lawyer, Michael Martin,") that make
# the person an outside voice, besides the expert nouns
_VOICE_NOUNS = frozenset({"host", "anchor", "presenter", "comedian", "singer", "actor",
                          "actress", "musician", "blogger", "influencer", "celebrity",
                          "sinologist", "author", "authors"})
# verbs right after a name that place the person in academia ("X lectures on politics")
_ACADEMIC_VERBS = frozenset({"lectures", "teaches", "researches", "studies"})
_MAX_GIVEN_NAME_WORDS = 4
_LEADER_ADMINISTRATION = frozenset({"administration", "government", "presidency",
                                    "cabinet", "regime"})


def _verbish(token: Token) -> bool:
    """Whether a lower-case token looks like a finite verb ("decided", "threatens")."""
    low = token.lower
    if not token.word or token.cap or low in _VERBISH_STOP:
        return False
    lex = lexicon()
    if low in lex.speech_verbs:
        return True
    return len(low) > 3 and (low.endswith("ed") or (low.endswith("s") and not
                                                    low.endswith(("ss", "us", "is"))))


class _SentenceReader:
    """Reads the mentions of one sentence."""

    def __init__(self, doc: ParsedDocument, sentence: Sentence, *, org_head: bool = True,
                 speech: bool = True, descriptor: bool = True) -> None:
        self.doc = doc
        self.sentence = sentence
        self.has_org_head = org_head
        self.has_speech = speech
        self.has_descriptor = descriptor
        self.toks = doc.sentence_tokens(sentence)
        self.lex = lexicon()
        self.hit_at: list[Match | None] = [None] * len(self.toks)
        self.hit_range: dict[int, tuple[int, int]] = {}
        self.hits: list[tuple[Match, int, int]] = []
        self.title_at: list[Match | None] = [None] * len(self.toks)
        self.title_range: dict[int, tuple[int, int]] = {}
        names = doc.names_in(sentence.start, sentence.end)
        titles = doc.titles_in(sentence.start, sentence.end)
        for match in names:
            self._place(match, self.hit_at, self.hit_range)
        for match in titles:
            if not self._inside_a_name(match):
                self._place(match, self.title_at, self.title_range)
        self.used = [False] * len(self.toks)
        self.capitals: list[int] = []  # indices of capitalized tokens, set by read()
        # name_run(k) as speaking_people read it, for given_name_people
        self.runs: dict[int, tuple[int, int] | None] = {}
        self.figure: bool | None = None
        self.mentions: list[ActorMention] = []
        self.byline = sentence.end - sentence.start <= _BYLINE_LENGTH and \
            doc.line_start(sentence.start) == sentence.start and \
            bool(_BYLINE.match(doc.text, sentence.start, sentence.end))

    def _place(self, match: Match, at: list[Match | None],
               ranges: dict[int, tuple[int, int]]) -> None:
        toks = self.toks
        i = bisect_left(toks, (match.start,))  # tokens are tuples that start with .start
        if i == len(toks) or toks[i].start != match.start:
            return
        j = i
        while j < len(self.toks) and self.toks[j].start < match.end:
            j += 1
        if self.toks[j - 1].end > match.end:  # the match ends inside a token
            return
        for k in range(i, j):
            at[k] = match
        ranges[id(match)] = (i, j)
        if at is self.hit_at:
            self.hits.append((match, i, j))

    def _inside_a_name(self, title: Match) -> bool:
        """Whether a title's word is part of a known person's own name ("Amir" in "Amir
        Khan Muttaqi"; not "President" in the alias "President Xi")."""
        for match, i, j in self.hits:
            if self.toks[i].start <= title.start and title.end <= self.toks[j - 1].end \
                    and title.end - title.start < match.end - match.start:
                person = match.first("person")
                known = self.doc.kb.people.get(person.id) if person is not None else None
                if known is not None and title.form in known.name.split():
                    return True
        return False

    # -- helpers -------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def hit_span(self, i: int) -> tuple[int, int]:
        match = self.hit_at[i]
        assert match is not None
        return self.hit_range[id(match)]

    def add(self, i: int, j: int, kind: ActorKind, usage: str, *, rule: str,
            kb_id: str | None = None, country: str | None = None, name: str | None = None,
            form_kind: str = "", **extra: object) -> ActorMention:
        start, end = self.toks[i].start, self.toks[j - 1].end
        mention = ActorMention(
            start=start, end=end, sentence=self.sentence.index, kind=kind, usage=usage,
            name=name if name is not None else self.doc.text[start:end], kb_id=kb_id,
            country=country, rule=rule, form_kind=form_kind, **extra,  # type: ignore[arg-type]
        )
        self.mentions.append(mention)
        for k in range(i, j):
            self.used[k] = True
        return mention

    def prev_index(self, i: int) -> int:
        """The index of the word before token ``i``, skipping "the" and quotes (-1 if
        none)."""
        k = i - 1
        while k >= 0 and self.toks[k].lower in ("the", '"', "'"):
            k -= 1
        return k

    def prev_word(self, i: int) -> Token | None:
        k = self.prev_index(i)
        return self.toks[k] if k >= 0 else None

    def after_place_preposition(self, i: int) -> bool:
        k = self.prev_index(i)
        while k > 0 and self.toks[k].lower in _PLACE_ADJECTIVES:
            k = self.prev_index(k)  # "in neighboring Gabon"
        if k < 0:
            return False
        prev = self.toks[k]
        if prev.lower == "from":  # "ministers from Britain": they act for it
            before = self.tok(k - 1)
            if before is not None and (before.lower in self.lex.state_group_nouns
                                       or before.lower.rstrip("s") in _MEMBER_NOUNS):
                return False
        two = f"{self.toks[k - 1].lower} {prev.lower}" if k > 0 else ""
        if two in self.lex.addressing_verbs:
            return False  # "appealed to Egypt": it is asked, not a place
        if prev.lower in self.lex.place_prepositions:
            return True
        return two in self.lex.place_prepositions

    def states_figure(self, a: int, b: int) -> bool:
        """Whether the name at ``a:b`` only reports a toll: it says, reports or
        estimates, and the sentence holds a figure of people killed, held and the
        like."""
        nxt = self.tok(b)
        prev = self.tok(a - 1)
        verb = self.lex.speech_verbs
        if not ((nxt is not None and (nxt.lower in verb or nxt.lower in (
                "reported", "reports", "estimated", "estimates", "counted"))) or (
                prev is not None and prev.lower in ("said", "says", "according"))
                or self.after_source_cue(a)):
            return False
        if self.figure is None:
            toks = self.toks
            self.figure = any(t.lower in _TOLL_WORDS for t in toks) and any(
                t.text[:1].isdigit() or t.lower in _FIGURE_WORDS for t in toks)
        return self.figure

    def after_source_cue(self, i: int) -> bool:
        """Whether a source cue stands before token ``i``, past an article and a
        possessor ("according to the UN's International Organization for Migration",
        "according to the US State Department")."""
        k, steps = i, 0
        while k > 0 and steps < 4:
            t = self.toks[k - 1]
            hit = self.hit_at[k - 1]
            if t.lower == "the" or t.text in _POSSESSIVE:
                k -= 1
            elif hit is not None and hit.has("state", "state_alias", "demonym", "metonym",
                                             "organization"):
                k = self.hit_range[id(hit)][0]
            else:
                break
            steps += 1
        window = " ".join(t.lower for t in self.toks[max(0, k - 3):k])
        return window.endswith(self.lex.source_cues)

    # -- names -------------------------------------------------------------------
    def name_run(self, j: int, *, allow_kb_person: bool = True,
                 place_first: bool = False) -> tuple[int, int] | None:
        """The tokens ``j:k`` of a personal name starting at ``j``, if there is one
        (with ``place_first``, a given name that is also a one-word state or place:
        "Israel Ramírez, the commander")."""
        lex = self.lex
        k = j
        last = -1
        while k < len(self.toks) and k - j < 8:
            t = self.toks[k]
            hit = self.hit_at[k]
            if hit is not None and not (allow_kb_person and hit.has("person")) and hit.has(
                    *_NON_PERSON) and not (place_first and k == j
                                           and self.hit_range[id(hit)] == (j, j + 1)):
                break
            title = self.title_at[k]
            if title is not None and title.has("title", "office") and not self.used[k]:
                return None  # "Deputy Political Affairs Minister": a longer title
            if _name_word(t, lex.name_particles) and (not t.text.isupper() or (
                    len(t.text) <= 3 and k > j)):
                if k == j and (t.text in lex.non_name_words or t.text in _WEEKDAYS):
                    return None
                if k > j and t.text in _WEEKDAYS:
                    break
                last = k
                k += 1
                if k > j + 1 and len(t.text) == 1 and k + 1 < len(self.toks) \
                        and self.toks[k].text == "." and self.toks[k].start == t.end \
                        and self.toks[k + 1].cap:
                    k += 1  # a middle initial: "Vladimir V. Putin"
                continue
            if t.word and t.lower in lex.name_particles and k > j:
                k += 1
                continue
            break
        if last < j:
            return None
        return j, last + 1

    # -- passes --------------------------------------------------------------------
    def read(self) -> list[ActorMention]:
        if self.byline:
            return []
        toks = self.toks
        self.capitals = list(compress(range(len(toks)), map(_CAP, toks)))
        if self.title_range:
            self.titled_people()
        if self.hits:
            self.kb_names()
        self.joined_demonyms()
        if self.hits or self.has_org_head:
            self.organization_patterns()
        self.speaking_people()
        if not _GIVEN.isdisjoint(map(_TEXT, map(toks.__getitem__, self.capitals))):
            self.given_name_people()  # most sentences hold no given name (checked in C)
        self.single_words()
        if self.has_descriptor:
            self.descriptors()
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def titled_people(self) -> None:
        seen: set[int] = set()
        for _i, match in enumerate(self.title_at):
            if match is None or id(match) in seen:
                continue
            seen.add(id(match))
            a, b = self.title_range[id(match)]
            if match.has("honorific") and not match.has("title", "office", "role", "rank"):
                continue
            if self.used[a]:
                continue  # read as part of an earlier title
            if self.group_without_name(a, b, match):
                continue  # "Egyptian officials": the state acts, nobody is named
            self.title_phrase(a, b, match)

    def group_without_name(self, a: int, b: int, match: Match) -> bool:
        """Whether a plural role noun ("officials", "mediators") names a group rather
        than introducing a person."""
        if match.has("title", "office", "rank") or match.form.lower() not in \
                self.lex.state_group_nouns:
            return False
        j = b + 1 if self.tok(b) is not None and self.toks[b].text == "," else b
        return j >= len(self.toks) or self.name_run(j) is None

    def title_phrase(self, a: int, b: int, match: Match) -> None:
        lex = self.lex
        possessor: Match | None = None
        possessor_range: tuple[int, int] | None = None
        # left: modifiers, descriptors, a possessor (state's, demonym, organization)
        left = a
        k = a - 1
        descriptors = 0
        left_org: tuple[int, int, int] | None = None
        while k >= 0 and a - k <= 8:
            t = self.toks[k]
            hit = self.hit_at[k]
            if hit is not None and left_org is None and possessor is None \
                    and hit.first("organization") is not None \
                    and self.longer_name_before(self.hit_range[id(hit)][0]):
                # "National Intelligence and Security Service Director": the longer name
                first = self.hit_range[id(hit)][0]
                while first > 0 and (self.bare_org_word(first - 1) or (
                        self.toks[first - 1].lower == "and" and first > 1
                        and self.bare_org_word(first - 2))):
                    first -= 1
                left_org = (first, first, self.hit_range[id(hit)][1])
                k = first - 1
                left = first
                continue
            if hit is not None and hit.has("state", "state_alias", "demonym", "organization",
                                           "metonym"):
                possessor = hit if possessor is None else possessor
                possessor_range = possessor_range or self.hit_range[id(hit)]
                k = self.hit_range[id(hit)][0] - 1
                left = k + 1
                continue
            if t.text in _POSSESSIVE:
                k -= 1
                continue
            title = self.title_at[k]
            if title is not None:
                k = self.title_range[id(title)][0] - 1
                left = k + 1
                continue
            if t.lower in lex.title_modifiers or (t.word and not t.cap and t.lower.isalpha()
                                                  and descriptors < 3 and possessor is None
                                                  and not _verbish(t)
                                                  and t.lower not in _DETERMINERS
                                                  and t.lower not in _FUNCTION_WORDS
                                                  and t.lower not in ("and", "or", "of",
                                                                      "with", "to", "by")):
                descriptors += 1
                k -= 1
                left = k + 1
                continue
            bridge = self.title_bridge(k)
            if bridge is not None:  # "Deputy Political Affairs Minister": one title
                k = bridge - 1
                left = bridge
                continue
            if left_org is None and possessor is None and t.word and t.cap \
                    and t.text in lex.org_heads and self.hit_at[k] is None:
                first = k  # "the Foreign Ministry spokeswoman": the body's own name
                while first > 0 and k - first < 4 and self.bare_org_word(first - 1):
                    first -= 1
                left_org = (first, first, k + 1)
                k = first - 1
                left = first
                continue
            break
        # right: "of/for [the] <organization|state>"
        right = b
        named_org: tuple[int, int, int] | None = None
        after_title = self.tok(b)
        if after_title is not None and after_title.lower == "to":
            right = self.posting_end(b)  # "Ambassador to Oman": where, not whose
        elif after_title is not None and after_title.lower in ("of", "for", "at"):
            k = b + 1
            while k < len(self.toks) and k - b <= 7:
                tk = self.toks[k]
                hit = self.hit_at[k]
                if hit is not None and hit.has("organization", "state", "state_alias",
                                               "demonym", "metonym"):
                    if possessor is None or hit.has("organization"):
                        possessor = hit
                        possessor_range = self.hit_range[id(hit)]
                    k = self.hit_range[id(hit)][1]
                    right = k
                    continue
                if tk.text in _POSSESSIVE or tk.lower in ("the", "'s"):
                    k += 1
                    continue
                if tk.word and tk.cap and named_org is None:
                    end = self.org_name_run(k)
                    if end is not None:  # "spokesperson for Pakistan's Ministry of ..."
                        start = k
                        if possessor_range is not None and possessor_range[1] + 1 == k \
                                and self.toks[k - 1].text in _POSSESSIVE:
                            start = possessor_range[0]
                        named_org = (start, k, end)
                        right = end
                    break
                if tk.word and not tk.cap and tk.lower.isalpha() \
                        and tk.lower not in _FUNCTION_WORDS \
                        and tk.lower not in ("and", "or", "to", "with", "who", "which",
                                             "that", "of", "for"):
                    k += 1
                    if possessor is not None:
                        right = k
                    continue
                break
        title_start, title_end = self.toks[left].start, self.toks[right - 1].end
        title_text = self.doc.text[title_start:title_end]
        office_type, office_id = self._office(match, possessor)
        country = self._country_of(possessor)
        office_entry = match.first("office")
        if country is None and office_entry is not None:
            country = office_entry.country
        org_entry = possessor.first("organization") if possessor is not None else None
        org_id = org_entry.id if org_entry is not None else None
        if org_id is not None and _generic_form(possessor):  # "Egyptian intelligence"
            org_id = None
        former = any(self.toks[k].lower in _FORMER for k in range(left, a))
        if left_org is not None and possessor_range is not None and (
                possessor_range[1] == left_org[0] or (possessor_range[1] + 1 == left_org[0]
                                                      and self.toks[left_org[0] - 1].text
                                                      in _POSSESSIVE)):
            left_org = (possessor_range[0], *left_org[1:])  # "Afghan Interior Ministry"
        for org_span in (left_org, named_org):
            if org_span is not None:
                self.add_named_org(org_span, country, former=former)
        # "according to the UN Office of the High Commissioner": a source, not a party
        self.mark_title_names(left, right, former=former, source=self.after_source_cue(left))
        for k in range(left, right):
            self.used[k] = True
        extra = {"title": title_text, "title_span": (title_start, title_end),
                 "office_type": office_type, "office_id": office_id, "org_kb_id": org_id}
        # the name: after the title (with an optional comma, honorifics and ranks)
        j = right
        if self.tok(j) is not None and self.toks[j].text == ",":
            j += 1
        skipped = 0
        while j < len(self.toks) and skipped < _MAX_PREFIXES and self.title_at[j] is not None \
                and (self.title_at[j].has("honorific", "rank")  # type: ignore[union-attr]
                     or (j > right and self.toks[j].cap
                         and self.title_range[id(self.title_at[j])][1] == j + 1)):
            for n in range(*self.title_range[id(self.title_at[j])]):
                self.used[n] = True  # ", Ambassador X": a second title, read with this one
            j = self.title_range[id(self.title_at[j])][1]
            skipped += 1
            if self.tok(j) is not None and self.toks[j].text == ".":
                j += 1
        run = self.name_run(j) if j < len(self.toks) else None
        if run is None and j + 1 < len(self.toks) and self.bare_name_word(j + 1):
            run = self.name_run(j, place_first=True)  # "negotiator Israel Ramirez"
        if run is not None and not self.used[run[0]]:
            self._person(run, country, rule="title/name-after", **extra)
            return
        # or before it: "Name, [the|a] ... title"
        k = left - 1
        while k >= 1 and self.toks[k].lower in ("the", "a", "an"):
            k -= 1
        if k >= 1 and self.toks[k].text == ",":
            end = k
            start = end - 1
            while start >= 0 and (self.toks[start].cap or self.toks[start].lower in
                                  lex.name_particles) and self.toks[start].word:
                start -= 1
            run = self.name_run(start + 1)
            if run is None and start + 2 < end and self.bare_name_word(start + 2):
                run = self.name_run(start + 1, place_first=True)
            if run is not None and run[1] == end and not self.used[run[0]]:
                self._person(run, country, rule="title/appositive", **extra)
                return
            if run is not None and run[1] == end and self.improve_person(run, country, extra):
                return  # "Gen. Karim Obeidat, Sudan's army chief": the rank came first
        # a bare title that names an office ("Israel's intelligence chief", "the premier")
        if match.has("title", "office") and (possessor is not None or match.has("office")):
            mention = ActorMention(
                start=title_start, end=title_end, sentence=self.sentence.index,
                kind=ActorKind.PERSON, usage=Usage.TITLE_ONLY, name=title_text,
                country=country, rule="title/bare", **extra,  # type: ignore[arg-type]
            )
            self.mentions.append(mention)
        elif match.has("title") and match.first("title").id in (  # type: ignore[union-attr]
                "head_of_government", "head_of_state"):
            self.mentions.append(ActorMention(
                start=title_start, end=title_end, sentence=self.sentence.index,
                kind=ActorKind.PERSON, usage=Usage.TITLE_ONLY, name=title_text,
                rule="title/bare", **extra,  # type: ignore[arg-type]
            ))

    def bare_org_word(self, i: int) -> bool:
        """Whether token ``i`` is a capitalized word that may open a body's name and
        that nothing else has claimed ("Foreign" in "Foreign Ministry")."""
        t = self.toks[i]
        return t.word and t.cap and self.hit_at[i] is None and self.title_at[i] is None \
            and not self.used[i] and t.text not in _WEEKDAYS and t.lower not in _DETERMINERS

    def title_bridge(self, k: int) -> int | None:
        """The start of a title just before the capitalized words ending at ``k``
        (at most three, none a name or a title of its own), so that "Deputy" and
        "Political Affairs" join "Minister"; else ``None``."""
        i = k
        while i >= 0 and k - i < 3:
            t = self.toks[i]
            if not (t.word and t.cap) or self.hit_at[i] is not None:
                return None
            title = self.title_at[i]
            if title is not None:
                return self.title_range[id(title)][0] if i < k else None
            i -= 1
        if i >= 0 and self.title_at[i] is not None:
            return self.title_range[id(self.title_at[i])][0]
        return None

    def posting_end(self, b: int) -> int:
        """The end of "to [the] <state|organization>" after a title at ``:b`` ("envoy to
        the United Nations", "Ambassador to Oman"), else ``b``: the place of a posting
        belongs to the title and is not whose the office is."""
        k = b + 1
        if k < len(self.toks) and self.toks[k].lower == "the":
            k += 1
        hit = self.hit_at[k] if k < len(self.toks) else None
        if hit is None or not hit.has("state", "state_alias", "organization", "place") or \
                self.hit_range[id(hit)][0] != k:
            return b
        return self.hit_range[id(hit)][1]

    def org_name_run(self, k: int) -> int | None:
        """The end of a capitalized organization name starting at ``k`` ("Ministry of
        Foreign Affairs", "Foreign Policy Institute"), if there is one."""
        toks = self.toks
        j = k
        last_head = -1
        while j < len(toks) and j - k < 8:
            tj = toks[j]
            if tj.word and tj.cap and self.title_at[j] is None:
                if tj.text in self.lex.org_heads:
                    last_head = j
                j += 1
                continue
            if tj.lower in ("of", "for", "the", "on") and j > k and j + 1 < len(toks) \
                    and toks[j + 1].cap:
                j += 1
                continue
            break
        while j > k and not toks[j - 1].cap:
            j -= 1
        if last_head < k:
            return None
        joins = ("of", "for", "on")
        if toks[k].text in self.lex.org_heads and j > k + 1 and (
                toks[j - 2].lower in joins or (j > k + 2 and toks[j - 3].lower in joins)):
            return j  # "Ministry of Foreign Affairs": the head comes first
        return last_head + 1

    def add_named_org(self, span: tuple[int, int, int], country: str | None, *,
                      former: bool) -> None:
        """An organization named by its own words inside a title ("spokesperson for
        Pakistan's Ministry of Foreign Affairs"): an actor, like "Mossad" in "Mossad
        head"."""
        start, k, end = span
        if any(self.used[k:end]):
            return
        if any(t.lower in _COMMENTATOR_WORDS for t in self.toks[k:end]):
            former = True  # "Council of Advanced Policy Studies": a think tank
        found = _pattern_nouns_cached().get(tuple(t.lower for t in self.toks[k:end]))
        form_kind = f"{found[0]}:{found[1]}" if found else "organization-name"
        for m in self.mentions:
            if m.start == self.toks[start].start and m.kind is ActorKind.STATE:
                m.usage = Usage.POSSESSOR
        self.add(start, end, ActorKind.ORGANIZATION,
                 Usage.POSSESSOR if former else Usage.ACTOR,
                 rule="title/organization-name", country=country, form_kind=form_kind)

    def mark_title_names(self, left: int, right: int, *, former: bool = False,
                         source: bool = False) -> None:
        """Record the states and organizations named inside a title: an organization
        is an actor ("Mossad head"), a state only the possessor of the title. In a
        former office ("former CIA director") the organization does not act."""
        seen: set[int] = set()
        for k in range(left, right):
            hit = self.hit_at[k]
            if hit is None or id(hit) in seen or self.used[k]:
                continue
            seen.add(id(hit))
            i0, j0 = self.hit_range[id(hit)]
            if hit.has("person") or j0 > right:
                continue  # "Chinese President Xi": the alias "President Xi" is the name's
            org = hit.first("organization")
            if org is not None and not _generic_form(hit) and not _seat_of_government(hit):
                usage = Usage.SOURCE if source else Usage.POSSESSOR if former else Usage.ACTOR
                self.add(i0, j0, ActorKind.ORGANIZATION, usage, rule="title/organization",
                         kb_id=org.id, country=org.country, form_kind="organization")
                continue
            entry = hit.first("state", "state_alias", "demonym", "metonym") or hit.entries[0]
            self.add(i0, j0, ActorKind.STATE, Usage.POSSESSOR, rule="title/state",
                     kb_id=entry.id, country=self._country_of(hit), form_kind=entry.kind)

    def improve_person(self, run: tuple[int, int], country: str | None,
                       extra: dict[str, Any]) -> bool:
        """Give a person already found by a rank ("Gen. X") the office an appositive
        names after it; whether there was such a person."""
        start = self.toks[run[0]].start
        for m in self.mentions:
            if m.kind is ActorKind.PERSON and m.start == start and m.office_id is None:
                if extra.get("office_id") or country:
                    m.title, m.title_span = extra["title"], extra["title_span"]
                    m.office_type, m.office_id = extra["office_type"], extra["office_id"]
                    m.org_kb_id = extra["org_kb_id"] or m.org_kb_id
                    m.country = m.country or country
                return True
        return False

    def _country_of(self, possessor: Match | None) -> str | None:
        if possessor is None:
            return None
        for entry in possessor.entries:
            if entry.country:
                return entry.country
        return None

    def _office(self, match: Match, possessor: Match | None) -> tuple[str | None, str | None]:
        kb = self.doc.kb
        office = match.first("office")
        if office is not None:
            named = kb.offices.get(office.id)
            return (named.type if named else None), office.id
        title = match.first("title")
        if title is None or possessor is None:
            return (title.id if title else None), None
        org = possessor.first("organization")
        kind = kb.office_types.get(title.id)
        if org is not None:
            type_id = title.id if kind is not None and kind.scope == "organization" else \
                "organization_head" if title.id in ("organization_head", "intelligence_chief",
                                                    "military_chief") else title.id
            return type_id, kb.office_id(type_id, organization=org.id)
        country = self._country_of(possessor)
        if country and kind is not None and kind.scope == "state":
            return title.id, kb.office_id(title.id, country=country)
        return title.id, None

    def _person(self, run: tuple[int, int], country: str | None, *, rule: str,
                **extra: Any) -> None:
        i, j = run
        kb_id = None
        surname_of = None
        for k in range(i, j):
            hit = self.hit_at[k]
            person = hit.first("person") if hit is not None else None
            if person is not None:
                hi, hj = self.hit_range[id(hit)]
                if hi <= i + 1 and hj >= j - 1:  # the name is (nearly) the whole match
                    if hj - hi < j - i:
                        # "Richard Bennett" holds Naftali Bennett's surname: the
                        # resolver decides whether the fuller name is his
                        surname_of = person.id
                        break
                    kb_id, country = person.id, person.country or country
                    break
        mention = self.add(i, j, ActorKind.PERSON, Usage.ACTOR, rule=rule, kb_id=kb_id,
                           country=country, form_kind="person", surname_of=surname_of,
                           **extra)
        title = str(extra.get("title") or "")
        words = [w.strip("'\".,").lower() for w in title.replace("-", "- ").split()]
        span = extra.get("title_span")
        if isinstance(span, tuple):  # "vice president at the Carnegie Endowment, said"
            words += [t.lower for t in self.apposition_rest(span[1])]
        if kb_id is None and (any(w in _FORMER for w in words[:3])
                              or any(w in _COMMENTATOR_WORDS or w in self.lex.expert_nouns
                                     for w in words)):
            span = extra.get("title_span")
            lo, hi = i, j
            if isinstance(span, tuple):
                t0 = bisect_left(self.toks, (span[0],))
                t1 = bisect_left(self.toks, (span[1],))
                lo, hi = min(i, t0), max(j, t1)
            # "X, a former State Department official, said": an outside voice
            mention.commentator = self.speaks_around(lo, hi)

    def apposition_rest(self, end: int) -> list[Token]:
        """The words from offset ``end`` to the comma that closes an apposition (none
        if no comma comes within a few words)."""
        k = bisect_left(self.toks, (end,))
        stop = k
        while stop < len(self.toks) and stop - k < 10 and self.toks[stop].text != ",":
            stop += 1
        if stop == len(self.toks) or self.toks[stop].text != ",":
            return []
        return self.toks[k:stop]

    def speaks_around(self, lo: int, hi: int) -> bool:
        """Whether a verb of saying stands right before ``lo`` or after ``hi`` (past
        one comma): the phrase at ``lo:hi`` is the one who speaks."""
        say = _SAY
        prev = self.tok(lo - 1)
        if prev is not None and prev.lower in ("said", "says", "told", "added", "wrote"):
            return True
        t = self.tok(hi)
        if t is not None and t.lower in say:
            return True
        k = hi
        while k < len(self.toks) and k - hi < 16 and self.toks[k].text != "," \
                and self.toks[k].word:
            k += 1  # to the end of the apposition
        t = self.tok(k + 1)
        return self.tok(k) is not None and self.toks[k].text == "," and t is not None \
            and t.lower in say

    def joined_demonyms(self) -> None:
        """Demonyms joined by hyphens before a group noun ("the Egyptian-Qatari
        proposal", "Russian-Ukrainian talks"): each state acts."""
        if self.doc.text.find("-", self.sentence.start, self.sentence.end) < 0:
            return  # most sentences: no hyphen, no token to look at
        for k, t in enumerate(self.toks):
            if "-" not in t.text or not t.cap or self.used[k] or not self.group_noun_after(k):
                continue
            parts = self.doc.names_in(t.start, t.end)
            states = [m.first("demonym", "state", "state_alias") for m in parts]
            covered = sum(m.end - m.start for m in parts) + len(parts) - 1
            if len(parts) < 2 or covered != t.end - t.start or any(e is None for e in states):
                continue
            for m, entry in zip(parts, states, strict=True):
                assert entry is not None
                self.mentions.append(ActorMention(
                    start=m.start, end=m.end, sentence=self.sentence.index,
                    kind=ActorKind.STATE, usage=Usage.ACTOR, name=m.form, kb_id=entry.id,
                    country=entry.country, rule="demonym/joined", form_kind="demonym"))
            self.used[k] = True

    def group_noun_after(self, k: int) -> bool:
        """Whether a group noun follows token ``k``, past at most two lower-case words
        ("Egyptian-Qatari ceasefire proposal")."""
        for n in range(k + 1, min(k + 4, len(self.toks))):
            t = self.toks[n]
            if t.lower in self.lex.state_group_nouns:
                return True
            if not t.word or t.cap:
                return False
        return False

    def kb_names(self) -> None:
        for match, a, b in self.hits:
            if any(self.used[a:b]):
                continue
            if not match.has(*_ACTOR_KINDS[:-1]):
                # a place only ("the Oval Office", "Camp David"): no organization-name
                # pattern may read it as a body
                for k in range(a, b):
                    self.used[k] = True
                continue
            self.kb_name(a, b, match)

    def kb_name(self, a: int, b: int, match: Match) -> None:
        lex = self.lex
        nxt = self.tok(b)
        glued = nxt is not None and nxt.start == self.toks[b - 1].end and nxt.text == "-"
        if match.has("outlet") and not match.has("organization", "person"):
            before = self.tok(a - 1)
            head = self.tok(a - 2)
            if before is not None and head is not None and before.lower in (
                    "of", "on", "for") and head.cap and head.text in lex.org_heads:
                return  # "Ministry of Foreign Affairs": part of a longer name
            if nxt is not None and nxt.word and nxt.cap and nxt.start == \
                    self.toks[b - 1].end + 1:
                return  # "The National Security Council": not the newspaper
            self.add(a, b, ActorKind.ORGANIZATION, Usage.SOURCE, rule="kb/outlet",
                     kb_id=match.first("outlet").id, form_kind="outlet")  # type: ignore[union-attr]
            return
        person = match.first("person")
        if person is not None:
            if b - a == 1 and (self.bare_name_word(a - 1) or self.bare_name_word(b)):
                # "Munir Akram" is not Asim Munir, nor "Richard Bennett" Naftali
                # Bennett: the word is part of another person's full name
                self.full_name_around(a, b, person.id)
                return
            if nxt is not None and nxt.lower in _LEADER_ADMINISTRATION and person.country:
                # "the Biden administration": the state under that leader
                usage = Usage.PLACE if self.after_place_preposition(a) else Usage.ACTOR
                self.add(a, b + 1, ActorKind.STATE, usage, rule="kb/administration",
                         kb_id=f"state/{person.country}", country=person.country,
                         form_kind="administration")
                return
            self.add(a, b, ActorKind.PERSON, Usage.ACTOR, rule="kb/person", kb_id=person.id,
                     country=person.country, form_kind="person")
            return
        org = match.first("organization")
        if org is not None and _seat_of_government(match):
            org = None  # "the Kremlin", "the White House": the state, by metonymy
        if org is not None and self.longer_name_before(a):
            return  # "National Security Council" is not the UN's "Security Council"
        if org is not None:
            usage = Usage.SOURCE if self.after_source_cue(a) else Usage.ACTOR
            if usage == Usage.ACTOR and self.states_figure(a, b):
                usage = Usage.SOURCE  # "the health ministry says 74 people were killed"
            if glued:
                usage = Usage.ADJECTIVE
            elif a >= 2 and self.toks[a - 1].lower == "the" \
                    and self.toks[a - 2].lower in _AT_BUILDING and b - a == 1:
                usage = Usage.PLACE  # "at the Pentagon": the building
            self.add(a, b, ActorKind.ORGANIZATION, usage, rule="kb/organization",
                     kb_id=org.id, country=org.country, form_kind="organization")
            return
        demonym = match.first("demonym")
        state = match.first("state", "state_alias")
        metonym = match.first("metonym")
        if state is not None:
            usage = self.state_usage(a, b, glued)
            self.add(a, b, ActorKind.STATE, usage, rule="kb/state", kb_id=state.id,
                     country=state.country, form_kind=state.kind)
            self.elided_state(a, b, usage)
            return
        if metonym is not None:
            usage = Usage.ACTOR if self.metonym_acts(a, b) else Usage.PLACE
            self.add(a, b, ActorKind.STATE, usage, rule="kb/metonym", kb_id=metonym.id,
                     country=metonym.country, form_kind="metonym")
            return
        if demonym is not None:
            # "Qatari and Egyptian mediators": demonyms coordinated before a group noun
            k = b
            while k < len(self.toks) and k - b < _MAX_LIST and (
                    self.toks[k].lower in _COORD or (self.hit_at[k] is not None
                                                     and self.hit_at[k].has("demonym"))):  # type: ignore[union-attr]
                k += 1
            noun = self.tok(k)
            if noun is not None and noun.lower in lex.state_group_nouns \
                    and not self.place_noun_at(k):  # "on the North Korean side of the DMZ"
                self.add(a, b, ActorKind.STATE, Usage.ACTOR, rule="demonym/group",
                         kb_id=demonym.id, country=demonym.country, form_kind="demonym")
            return

    def elided_state(self, a: int, b: int, usage: str) -> None:
        """The state of an elided coordination: "North and South Korea" names North
        Korea too, "East and West Germany" East Germany."""
        if b - a < 2 or a < 2 or self.toks[a - 1].lower not in ("and", "or") \
                or self.used[a - 2]:
            return
        first = self.toks[a - 2]
        if not (first.word and first.cap) or self.hit_at[a - 2] is not None:
            return
        rest = self.doc.text[self.toks[a + 1].start:self.toks[b - 1].end]
        other = _states_by_name(self.doc.kb).get(f"{first.text} {rest}")
        if other is not None:
            self.add(a - 2, a - 1, ActorKind.STATE, usage, rule="kb/state-elided",
                     kb_id=other.id, country=other.alpha3, name=f"{first.text} {rest}",
                     form_kind="state")

    def longer_name_before(self, a: int) -> bool:
        """Whether a knowledge-base organization's name at ``a`` ends a longer
        capitalized name that opens with an organization word ("National Intelligence
        and Security Service", "National Security Council"): the organization-name
        pattern reads the whole name."""
        k = a - 1
        while k >= 0 and a - k <= 4:
            t = self.toks[k]
            if t.lower == "and" and k > 0 and self.toks[k - 1].cap:
                k -= 1
                continue
            hit = self.hit_at[k]
            if not (t.word and t.cap) or self.title_at[k] is not None or self.used[k] or (
                    hit is not None and hit.has("state", "state_alias", "metonym",
                                                "demonym", "organization")):
                return False  # (an outlet's form may open it: "The National ...")
            if t.text in _ORG_OPENERS:
                return True
            k -= 1
        return False

    def full_name_around(self, a: int, b: int, kb_id: str) -> None:
        """A full name built around a knowledge-base surname ("special rapporteur
        Richard Bennett"): a person of its own, whom later bare surnames may mean."""
        lo, hi = a, b
        while lo > 0 and a - lo < 3 and self.bare_name_word(lo - 1) \
                and self.toks[lo - 1].text not in _WEEKDAYS and not self.used[lo - 1]:
            lo -= 1
        while hi < len(self.toks) and hi - b < 3 and self.bare_name_word(hi) \
                and self.toks[hi].text not in _WEEKDAYS:
            hi += 1
        if lo < a and self.sentence_initial(lo):
            return  # "Meanwhile Bennett": not a given name
        self.add(lo, hi, ActorKind.PERSON, Usage.ACTOR, rule="name/kb-surname",
                 form_kind="person", surname_of=kb_id)

    def sentence_initial(self, i: int) -> bool:
        """Whether token ``i`` opens the sentence (after quotes only)."""
        return all(not t.word for t in self.toks[:i])

    def bare_name_word(self, i: int) -> bool:
        """Whether token ``i`` is a capitalized word that no knowledge-base entry or
        title claims and that may be part of a personal name."""
        t = self.tok(i)
        return t is not None and t.word and t.cap and not t.text.isupper() \
            and self.hit_at[i] is None and self.title_at[i] is None \
            and t.text not in self.lex.non_name_words and len(t.text) > 2

    def state_usage(self, a: int, b: int, glued: bool) -> str:
        if glued:
            return Usage.ADJECTIVE
        nxt = self.tok(b)
        if nxt is not None and nxt.text in _POSSESSIVE:
            k = b + 1
            while k < len(self.toks) and k - b <= 5:
                if self.title_at[k] is not None:
                    return Usage.POSSESSOR
                if not self.toks[k].word or self.toks[k].cap:
                    break
                k += 1
            if self.place_noun_at(b + 1):
                return Usage.PLACE  # "Yemen's capital", "in Sudan's north"
            return Usage.ACTOR
        if self.place_noun_at(b):
            return Usage.ADJECTIVE  # "the Yemen conflict", "the Sudan border"
        if self.after_source_cue(a):
            # "according to Ukraine, Russia must withdraw": a position is voiced; only
            # the source of a figure is not an actor
            return Usage.SOURCE if self.states_figure(a, b) else Usage.ACTOR
        prev = self.tok(a - 1)
        if (prev is None or prev.text == ",") and nxt is not None and (
                nxt.lower in _AUXILIARIES or _verbish(nxt)):
            return Usage.ACTOR  # a clause's subject: "..., Russia must withdraw"
        if self.after_place_preposition(self.head_of_list(a)):
            return Usage.PLACE
        return Usage.ACTOR

    def place_noun_at(self, k: int) -> bool:
        """Whether the words at ``k`` are a place or setting noun ("capital", "north",
        "conflict", "side of") that makes a state before them a place."""
        t = self.tok(k)
        if t is None or not t.word or t.cap:
            return False
        nxt = self.tok(k + 1)
        nouns = self.lex.place_nouns
        return t.lower in nouns or (nxt is not None and f"{t.lower} {nxt.lower}" in nouns)

    def head_of_list(self, a: int) -> int:
        """The first item of a list a name stands in ("across Iraq, Syria and Turkey":
        Syria's list starts at Iraq), so that the list's preposition reaches it."""
        k = a
        while True:
            j = k
            if j >= 3 and self.toks[j - 1].lower == "the" and self.toks[j - 2].lower in (
                    ",", "and", "or"):
                j -= 1  # "in Cameroon, the Central African Republic and Gabon"
            if not (j >= 2 and a - j < _MAX_LIST and self.toks[j - 1].lower in (
                    ",", "and", "or")):
                return k
            prev = self.hit_at[j - 2]
            if prev is None or not prev.has("state", "state_alias", "metonym", "place"):
                return k
            k = self.hit_range[id(prev)][0]

    def addressed(self, a: int) -> bool:
        """Whether a verb that addresses someone stands right before token ``a``
        ("urged", "called on", "pressing", "appealed to")."""
        one = self.tok(a - 1)
        two = self.tok(a - 2)
        verbs = self.lex.addressing_verbs
        return (one is not None and one.lower in verbs) or (
            one is not None and two is not None and f"{two.lower} {one.lower}" in verbs)

    def metonym_acts(self, a: int, b: int) -> bool:
        if self.after_place_preposition(a):
            return False
        nxt = self.tok(b)
        prev = self.tok(a - 1)
        if nxt is not None and (nxt.text in _POSSESSIVE or _verbish(nxt)
                                or nxt.lower in _AUXILIARIES):
            return True
        if nxt is not None and nxt.lower in ("and", "or") and self.tok(b + 1) is not None:
            hit = self.hit_at[b + 1]
            if hit is not None and hit.has("metonym", "state", "state_alias"):
                return True
        if prev is not None and prev.lower in ("between", "and", "with", "against", "by"):
            return True
        if self.addressed(a):
            return True  # "urged Belgrade to", "called on Pyongyang to"
        if prev is not None and prev.lower == "that" and nxt is not None and nxt.word \
                and not nxt.cap and nxt.lower not in ("is", "was", "has"):
            return True  # "demanded that Seoul stop ...": a clause's subject
        return nxt is not None and nxt.text == "," and self.tok(b + 1) is not None and \
            self.toks[b + 1].lower in ("a", "an", "the", "which", "who")

    def organization_patterns(self) -> None:
        lex = self.lex
        toks = self.toks
        for match, a, b in self.hits:
            if not match.has("demonym", "state", "state_alias"):
                continue
            k = b + (1 if self.tok(b) is not None and toks[b].text in _POSSESSIVE else 0)
            if k >= len(toks) or toks[k].lower not in _pattern_first_words():
                continue
            entry = match.first("demonym", "state", "state_alias")
            assert entry is not None
            table = _pattern_nouns(lex)
            for size in (4, 3, 2, 1):
                end = k + size
                if end > len(toks):
                    continue
                found = table.get(tuple(t.lower for t in toks[k:end]))
                if found is None or any(self.used[k:end]):
                    continue
                after = self.tok(end)
                if after is not None and after.cap and after.text in lex.org_heads:
                    break  # "Somali Military Command": a name of its own
                key, noun = found
                name = self.doc.text[toks[a].start:toks[end - 1].end]
                usage = Usage.SOURCE if self.after_source_cue(a) else Usage.ACTOR
                if usage == Usage.ACTOR and key == "ministry" and self.states_figure(a, end):
                    usage = Usage.SOURCE  # "Sudan's health ministry says 74 were killed"
                    for m in self.mentions:
                        if m.start == toks[a].start and m.kind is ActorKind.STATE:
                            m.usage = Usage.POSSESSOR
                self.add(a, end, ActorKind.ORGANIZATION, usage, rule=f"pattern/{key}",
                         country=entry.country, name=name, form_kind=f"{key}:{noun}")
                break
        # capitalized names ending in an organization word: "Rapid Support Forces"
        if not self.has_org_head:
            return
        i = 0
        while i < len(toks):
            t = toks[i]
            if not (t.word and t.cap) or self.used[i] or (t.text in lex.non_name_words \
                    and t.text not in lex.org_heads and t.text not in _ORG_OPENERS) \
                    or t.lower in _FIGURE_WORDS or t.lower in _SMALL_NUMBERS:
                i += 1
                continue
            j = i
            last_head = -1
            while j < len(toks) and j - i < 8:
                tj = toks[j]
                if tj.word and tj.cap and not self.used[j]:
                    if tj.text in lex.org_heads:
                        last_head = j
                    j += 1
                    continue
                if tj.lower in ("of", "for", "the") and j > i and self.tok(j + 1) is not None \
                        and (toks[j + 1].cap or (toks[j + 1].lower == "the" and tj.lower != "the"
                                                 and j + 2 < len(toks) and toks[j + 2].cap)):
                    j += 1
                    continue
                if tj.lower == "and" and j > i and toks[j - 1].text not in lex.org_heads \
                        and self.tok(j + 1) is not None and toks[j + 1].cap \
                        and not self.used[j + 1]:
                    j += 1  # "National Intelligence and Security Agency"
                    continue
                break
            head_first = last_head == i and last_head + 2 < j \
                and toks[last_head + 1].lower in ("of", "for") and not self.sentence_initial(i)
            if last_head > i or head_first:  # "Government of National Accord"
                if last_head + 2 < j and toks[last_head + 1].lower in ("of", "for"):
                    while j > last_head and not toks[j - 1].cap:
                        j -= 1
                    last_head = j - 1  # "Association of Poultry Farmers": the head first
                country = None
                for k in range(i, last_head + 1):
                    hit = self.hit_at[k]
                    if hit is not None and hit.has("state", "state_alias", "demonym",
                                                   "metonym"):
                        # not a body whose name ends this one's: "National
                        # Intelligence and Security Service" is not MI5's
                        country = self._country_of(hit) or country
                usage = Usage.SOURCE if self.after_source_cue(i) or self.outlet_owns(i) \
                    else Usage.ACTOR
                before = self.hit_at[i - 1] if i > 0 else None
                if before is not None and self.hit_range[id(before)][1] == i \
                        and before.has("state", "state_alias", "demonym", "organization") \
                        and not before.has("person", "outlet", "place"):
                    # "Cameroon Livestock Ministry", "Taliban Foreign Ministry": the
                    # state's or the movement's name opens the body's
                    i = self.hit_range[id(before)][0]
                    country = self._country_of(before) or country
                self.add(i, last_head + 1, ActorKind.ORGANIZATION, usage,
                         rule="pattern/organization-name", country=country,
                         form_kind="organization-name")
                i = last_head + 1
                continue
            i = max(j, i + 1)

    def speaking_people(self) -> None:
        if not self.has_speech:
            return
        lex = self.lex
        toks = self.toks
        i = 0
        for k in self.capitals:  # only capitals can start a name
            if k < i:
                continue
            i = k
            if self.used[i]:
                i += 1
                continue
            run = self.runs[i] = self.name_run(i, allow_kb_person=False)
            if run is None or any(self.used[run[0]:run[1]]):
                i += 1
                continue
            a, b = run
            nxt = self.tok(b)
            prev = self.tok(a - 1)
            speaks = (nxt is not None and nxt.lower in lex.speech_verbs) or (
                prev is not None and prev.lower in ("said", "says", "told", "added"))
            while a < b and (self.title_at[a] is not None or self.hit_at[a] is not None
                             or toks[a].text in lex.non_name_words
                             or toks[a].lower.endswith("-year-old")):
                a += 1  # "District Commissioner Omar Osman Alasow said"
            expert = self.expert_follows(b) or self.reporter_follows(b)
            personal = not any(t.text in lex.org_heads or t.text in lex.non_name_words
                               or t.lower.endswith("-year-old")
                               or ("-" in t.text and t.text.split("-")[0].isupper())
                               for t in toks[a:b])
            if b - a >= 2 and speaks and personal and not expert \
                    and not self.outlet_follows(b) and not self.outlet_before(a):
                mention = self.add(a, b, ActorKind.PERSON, Usage.ACTOR, rule="name/speaker",
                                   form_kind="person")
                mention.commentator = self.commentator_after(b)
            i = b

    def given_name_people(self) -> None:
        """Names of two to four capitalized words that open with a known given name and
        that no pass before claimed ("Ahmed Ali met Mohamed Osman in Khartoum"): people
        the knowledge base does not know, wherever they stand in the sentence."""
        given = _GIVEN
        toks = self.toks
        used = self.used
        hit_at = self.hit_at
        title_at = self.title_at
        after = -1
        for k in self.capitals:
            text = toks[k].text
            if text not in given or k < after or used[k] or hit_at[k] is not None \
                    or title_at[k] is not None:
                continue  # a knowledge-base name or a title: read by their own passes
            run = self.runs[k] if k in self.runs else self.name_run(k, allow_kb_person=False)
            if run is None:
                continue
            a, b = run
            after = b
            for n in range(a + 1, b):  # "Albert Gee One Chinese ...", "David Gee David Gee"
                if toks[n].lower in _SMALL_NUMBERS or toks[n].lower in _DETERMINERS \
                        or toks[n].text == text:
                    b = n
                    break
            if not self.given_name_run(a, b):
                continue
            prev = self.tok(a - 1)
            if prev is not None and prev.cap and prev.lower in self.lex.name_particles \
                    and not used[a - 1] and hit_at[a - 1] is None:
                a -= 1  # "Abu Mohammed al-Jolani"
            mention = self.add(a, b, ActorKind.PERSON, Usage.ACTOR, rule="name/given-name",
                               form_kind="person")
            mention.commentator = self.outside_voice(a, b)

    def outside_voice(self, a: int, b: int) -> bool:
        """Whether the person named at ``a:b`` is an outside voice: an analyst, an
        academic, a lawyer or a former official ("X, a former State Department official,
        said"; "Amirov's lawyer, Michael Martin,"; "X lectures on African politics")."""
        if self.commentator_after(b) or self.expert_follows(b):
            return True
        nxt = self.tok(b)
        if nxt is not None and nxt.lower in _ACADEMIC_VERBS:
            return True
        k = self.prev_index(a)
        if k >= 1 and self.toks[k].text == ",":
            k -= 1
        before = self.toks[k] if k >= 0 else None
        if before is not None and (before.lower in self.lex.expert_nouns
                                   or before.lower.removesuffix("s") in self.lex.expert_nouns
                                   or before.lower in _COMMENTATOR_WORDS
                                   or before.lower in _VOICE_NOUNS):
            return True
        if nxt is None or nxt.text != ",":
            return False
        if not any(t.lower in _FORMER for t in self.toks[b + 1:b + 4]):
            return False
        end = b + 1
        while end < len(self.toks) and end - b < 16 and self.toks[end].text != ",":
            end += 1
        after = self.tok(end + 1)
        return after is not None and after.lower in _SAY

    def given_name_run(self, a: int, b: int) -> bool:
        """Whether the capitalized run ``a:b`` that opens with a given name is a person's
        name: two to four words that nothing else claimed, no word of a place or a body
        in or right after it, not a place's name after "in", a ship's or a credit."""
        toks = self.toks
        lex = self.lex
        caps = 0
        for n in range(a, b):
            t = toks[n]
            if self.used[n] or self.hit_at[n] is not None or self.title_at[n] is not None:
                return False
            if t.cap:
                caps += 1
                if n > a and (t.text in lex.non_name_words or t.text in lex.org_heads
                              or t.text in lex.non_person_words):
                    return False  # "Martin Luther King Hospital", "Abraham Accords"
            if t.lower.endswith("-year-old"):
                return False
        if not 2 <= caps <= _MAX_GIVEN_NAME_WORDS:
            return False
        nxt = self.tok(b)
        if nxt is not None and nxt.text == "." and b + 1 < len(toks):
            nxt = toks[b + 1]  # "Martin Luther King Jr. Boulevard"
        if nxt is not None and nxt.cap and (nxt.text in lex.non_person_words
                                            or nxt.text in lex.org_heads):
            return False
        if nxt is not None and nxt.text == "/":
            return False  # a photo credit: "Mohamed Abdiwahab/AFP"
        prev = self.tok(self.prev_index(a))
        if prev is not None and (prev.text in _SHIP_PREFIXES or prev.lower in _SHIP_PREFIXES):
            return False
        if prev is not None and prev.lower in _GIVEN_NAME_PLACE and not (
                self.tok(b) is not None and toks[b].text in _POSSESSIVE):
            return False  # "in Ahmed Orabi": a place's name
        if any(t.lower in _CREDIT_WORDS for t in toks[max(0, a - 3):a]):
            return False  # "Reporting by Ahmed Ali", "Photo: Mohamed Osman"
        if nxt is not None and nxt.text in _POSSESSIVE and b + 1 < len(toks) and \
                toks[b + 1].lower in ("video", "report", "story"):
            return False  # "Anita Powell's video report"
        end = b  # "X and Y contributed to this report": past the other names
        while end < len(toks) and end - b < 10 and (toks[end].lower in ("and", ",") or (
                toks[end].word and (toks[end].cap or "-" in toks[end].text))):
            end += 1
        return not (self.reporter_follows(end) or self.outlet_follows(b)
                    or self.outlet_before(a) or self.outlet_owns(a))

    def commentator_after(self, b: int) -> bool:
        """Whether the words after a name place the person at a think tank or a
        university ("X of the Foreign Policy Institute, a think tank in Ankara")."""
        nxt = self.tok(b)
        if nxt is None or nxt.lower not in ("of", "at", "from", ","):
            return False
        for t in self.toks[b + 1:b + 12]:
            if t.lower in ("said", "says", "told", '"') or t.text in ("\u201c", "\u201d"):
                break
            if t.lower in _COMMENTATOR_WORDS or t.lower in self.lex.expert_nouns:
                return True
        return False

    def expert_follows(self, b: int) -> bool:
        words = [t.lower for t in self.toks[b:b + 8]]
        return "," in words[:2] and any(w in self.lex.expert_nouns for w in words)

    def reporter_follows(self, b: int) -> bool:
        """Whether the name is a journalist's credit ("X reported from Kabul",
        "X contributed to this report")."""
        words = " ".join(t.lower for t in self.toks[b:b + 3])
        return words.startswith(("reported from", "contributed", "reporting from",
                                 "reports from", "has more"))

    def outlet_owns(self, a: int) -> bool:
        """Whether a news outlet owns the body named at ``a`` ("VOA's Korean
        Service", "BBC World Service"): a part of the outlet, not an actor."""
        k = a - 2 if a >= 2 and self.toks[a - 1].text in _POSSESSIVE else a - 1
        hit = self.hit_at[k] if k >= 0 else None
        return hit is not None and hit.has("outlet") and not hit.has("organization") \
            and self.hit_range[id(hit)][1] == k + 1  # not "The National" in a longer name

    def outlet_before(self, a: int) -> bool:
        """Whether the words just before are a news outlet ("VOA Korean Service")."""
        prev = self.hit_at[a - 1] if a >= 1 else None
        return prev is not None and prev.has("outlet")

    def outlet_follows(self, b: int) -> bool:
        window = " ".join(t.lower for t in self.toks[b:b + 3])
        return any(window.startswith(n) for n in self.lex.outlet_nouns)

    def single_words(self) -> None:
        """Single capitalized words that may be a person's surname or a misspelling."""
        lex = self.lex
        toks = self.toks
        for i in self.capitals:
            t = toks[i]
            if self.used[i] or not t.word or t.text.isupper():
                continue
            if self.hit_at[i] is not None or self.title_at[i] is not None:
                continue
            if t.text in lex.non_name_words or t.text in _WEEKDAYS or len(t.text) < 3:
                continue
            prev = self.tok(i - 1)
            nxt = self.tok(i + 1)
            if (prev is not None and prev.word and prev.cap) or (
                    nxt is not None and nxt.word and nxt.cap):
                continue  # part of a longer capitalized run
            self.mentions.append(ActorMention(
                start=t.start, end=t.end, sentence=self.sentence.index,
                kind=ActorKind.PERSON, usage=Usage.SURNAME, name=t.text, rule="name/single",
            ))


    def descriptors(self) -> None:
        """"the Palestinian terror group", "the Jewish leader", "the country": a
        description that refers back to an actor named before."""
        kinds = _descriptor_kinds()
        toks = self.toks
        for i in list(compress(range(len(toks)), map("the".__eq__, map(_LOWER, toks)))):
            t = toks[i]
            if self.used[i]:
                continue
            j = i + 1
            country = None
            while j < len(toks) and j - i <= 4 and toks[j].word and not self.used[j]:
                tj = toks[j]
                kind = kinds.get(tj.lower)
                nxt = self.tok(j + 1)
                if kind is not None and not tj.cap and not (nxt is not None and (
                        nxt.lower == "of" or (nxt.word and not nxt.cap and
                                                      nxt.lower in self.lex.state_group_nouns))):
                    self.mentions.append(ActorMention(
                        start=t.start, end=tj.end, sentence=self.sentence.index,
                        kind={"organization": ActorKind.ORGANIZATION, "state": ActorKind.STATE,
                              "person": ActorKind.PERSON}[kind],
                        usage=Usage.DESCRIPTOR, name=self.doc.text[t.start:tj.end],
                        country=country, rule=f"descriptor/{kind}",
                    ))
                    break
                hit = self.hit_at[j]
                if hit is not None and hit.has("demonym"):
                    country = self._country_of(hit)
                elif tj.lower in _FUNCTION_WORDS or _verbish(tj) or (
                        tj.cap and (nxt is None or nxt.cap or not nxt.word)):
                    break
                j += 1


@lru_cache(maxsize=1)
def _descriptor_kinds() -> dict[str, str]:
    """Descriptor nouns and the kind of actor each refers back to (made once)."""
    return {noun: kind for kind, nouns in lexicon().descriptors.items() for noun in nouns}


@lru_cache(maxsize=1)
def _pattern_nouns_cached() -> dict[tuple[str, ...], tuple[str, str]]:
    lex = lexicon()
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for nouns, key in ((lex.military_nouns, "military"), (lex.ministry_heads, "ministry")):
        for noun in nouns:
            table.setdefault(tuple(noun.split()), (key, noun))
    return table


@lru_cache(maxsize=1)
def _pattern_first_words() -> frozenset[str]:
    """The first words of the army and ministry nouns."""
    return frozenset(words[0] for words in _pattern_nouns_cached())


def _pattern_nouns(lex: Lexicon) -> dict[tuple[str, ...], tuple[str, str]]:
    """The army and ministry nouns by their words, with their kind (made once)."""
    del lex
    return _pattern_nouns_cached()


@lru_cache(maxsize=4)
def _states_by_name(kb: KnowledgeBase) -> dict[str, StateEntry]:
    """Every state by its name and aliases."""
    found: dict[str, StateEntry] = {}
    for state in kb.states.values():
        for name in (state.name, *state.aliases):
            found.setdefault(name, state)
    return found


_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'-]*")


@lru_cache(maxsize=1)
def _descriptor_pattern() -> re.Pattern[str]:
    nouns = sorted(_descriptor_kinds(), key=len, reverse=True)
    return re.compile(r"\bthe\s(?:[\w'-]+\s){0,3}?(?:" + "|".join(map(re.escape, nouns))
                      + r")\b")


def _may_mention(doc: ParsedDocument, sentence: Sentence, described: bool) -> bool:
    """Whether a sentence can hold a mention at all: a knowledge-base name, a title, a
    capitalized word that is not a common sentence opener, or a descriptor ("the
    group")."""
    if doc.names_in(sentence.start, sentence.end) or doc.titles_in(sentence.start,
                                                                     sentence.end):
        return True
    common = lexicon().non_name_words
    if any(m.group() not in common
           for m in _CAPITAL_WORD.finditer(doc.text, sentence.start, sentence.end)):
        return True
    return described and bool(_descriptor_pattern().search(doc.lower, sentence.start,
                                                             sentence.end))


def find_actor_mentions(doc: ParsedDocument) -> list[ActorMention]:
    """Every actor mention of the document, in text order."""
    mentions: list[ActorMention] = []
    heads = _sentences_holding(doc, _org_head_matcher(), doc.text)
    speech_matcher, descriptor_matcher = _lower_case_matchers()
    speech = _sentences_holding(doc, speech_matcher, doc.lower)
    described = _sentences_holding(doc, descriptor_matcher, doc.lower)
    for sentence in doc.sentences:
        if _may_mention(doc, sentence, sentence.index in described):
            reader = _SentenceReader(doc, sentence, org_head=sentence.index in heads,
                                     speech=sentence.index in speech,
                                     descriptor=sentence.index in described)
            mentions.extend(reader.read())
    return mentions


@lru_cache(maxsize=1)
def _org_head_matcher() -> PhraseMatcher:
    """Organization words ("Council", "Forces"), matched with their case."""
    return PhraseMatcher((("head", h) for h in lexicon().org_heads), fold_case=False)


@lru_cache(maxsize=1)
def _lower_case_matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Verbs of saying ("said", "told") and descriptor nouns, scanned together with the
    fact stages' cues (the same lower-case text: one pass for all)."""
    speech = PhraseMatcher(("speech", v) for v in lexicon().speech_verbs)
    descriptor = PhraseMatcher(("descriptor", n) for n in _descriptor_kinds())
    join_with_cues(speech, descriptor)
    return speech, descriptor


def _sentences_holding(doc: ParsedDocument, matcher: PhraseMatcher, text: str) -> set[int]:
    """The indices of the sentences where ``matcher`` finds something (one pass)."""
    starts = doc.sentence_starts
    found = set()
    hits, _ = matcher.find_all(text)
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i >= 0:
            found.add(i)
    return found


def mentions_by_sentence(mentions: Sequence[ActorMention], n: int) -> list[list[ActorMention]]:
    """The mentions grouped by sentence index (``n`` sentences)."""
    grouped: list[list[ActorMention]] = [[] for _ in range(n)]
    for m in mentions:
        if 0 <= m.sentence < n:
            grouped[m.sentence].append(m)
    return grouped
