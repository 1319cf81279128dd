"""Cue phrases of the fact stages (``parse/data/triggers.json``), compiled once into
phrase matchers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, NamedTuple

import ahocorasick
import attrs

from diplomod.errors import KnowledgeBaseError
from diplomod.parse._words import load_data_file

__all__ = ["Cues", "PhraseMatcher", "cues", "join_matchers", "join_with_cues"]


class Hit(NamedTuple):
    """A cue found in a text: its span, the phrase and the label of its list."""

    start: int
    end: int
    phrase: str
    label: str


_new = tuple.__new__  # hits are made by the thousand: skip NamedTuple's __new__


def _boundary(ch: str) -> bool:
    return not (ch.isalnum() or ch in "_-")


class PhraseMatcher:
    """Finds labelled phrases at word boundaries in lower-case text, longest first, left
    to right and without overlaps (an Aho-Corasick automaton: one linear pass).

    Matchers that search the same texts can be joined (`join_matchers`): a whole text is
    then scanned once for all of them, which costs a fraction of one scan each."""

    def __init__(self, labelled: Iterable[tuple[str, str]], *, fold_case: bool = True) -> None:
        self._label: dict[str, str] = {}
        for label, phrase in labelled:
            self._label.setdefault(phrase.lower().strip() if fold_case else phrase.strip(),
                                   label)
        self._cached: tuple[str, list[Hit], list[int]] | None = None
        self._group: _Group | None = None
        self._automaton = ahocorasick.Automaton()
        for phrase in self._label:
            self._automaton.add_word(phrase, phrase)
        if self._label:
            self._automaton.make_automaton()

    @property
    def phrases(self) -> dict[str, str]:
        """Each phrase (as matched) with its label."""
        return self._label

    def find(self, lower: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every phrase in ``lower[start:end]``, left to right, without overlaps (give the
        text in lower case unless the matcher was made with ``fold_case=False``)."""
        stop = len(lower) if end is None else min(end, len(lower))
        if not self._label or stop <= start:
            return []
        size = len(lower)
        label = self._label
        found: list[Hit] = []
        for last, phrase in self._automaton.iter(lower, start, stop):
            first = last + 1 - len(phrase)
            if first > 0 and not _boundary(lower[first - 1]):
                continue
            if last + 1 < size and not _boundary(lower[last + 1]):
                continue
            found.append(_new(Hit, (first, last + 1, phrase, label[phrase])))
        return _leftmost_longest(found)

    def search(self, lower: str, start: int = 0, end: int | None = None) -> Hit | None:
        """The first phrase in ``lower[start:end]``."""
        hits = self.find(lower, start, end)
        return hits[0] if hits else None

    def find_all(self, text: str) -> tuple[list[Hit], list[int]]:
        """Every phrase of a whole text and their starts, computed once per text (the
        stages ask for the hits of each sentence of one document in turn)."""
        if self._cached is None or self._cached[0] is not text:
            if self._group is not None:
                self._group.scan(text)
            else:
                self._store(text, self.find(text))
        assert self._cached is not None
        return self._cached[1], self._cached[2]

    def _store(self, text: str, hits: list[Hit]) -> None:
        self._cached = (text, hits, [h.start for h in hits])


def _leftmost_longest(found: list[Hit]) -> list[Hit]:
    """From matches that may overlap, the leftmost, and of those the longest, then the
    same after its end, and so on."""
    reached = -1
    for hit in found:  # the usual case: nothing overlaps, and the order is right already
        if hit[0] < reached:
            break
        reached = hit[1]
    else:
        return found
    found.sort(key=_leftmost_longest_key)
    chosen: list[Hit] = []
    reached = -1
    for hit in found:
        if hit[0] >= reached:
            chosen.append(hit)
            reached = hit[1]
    return chosen


def _leftmost_longest_key(hit: Hit) -> tuple[int, int]:
    return hit[0], -hit[1]


class _Group:
    """Matchers scanned together: one automaton of all their phrases."""

    def __init__(self, matchers: Sequence[PhraseMatcher]) -> None:
        self._matchers = list(matchers)
        owners: dict[str, list[tuple[int, str]]] = {}
        for slot, matcher in enumerate(self._matchers):
            for phrase, label in matcher.phrases.items():
                owners.setdefault(phrase, []).append((slot, label))
        self._automaton = ahocorasick.Automaton()
        for phrase, who in owners.items():
            self._automaton.add_word(phrase, (phrase, tuple(who)))
        if owners:
            self._automaton.make_automaton()
        self._empty = not owners

    def scan(self, text: str) -> None:
        """Find every member's phrases in ``text`` and give each member its hits."""
        found: list[list[Hit]] = [[] for _ in self._matchers]
        size = len(text)
        if not self._empty:
            for last, (phrase, who) in self._automaton.iter(text):
                first = last + 1 - len(phrase)
                if first > 0:  # the boundary test of _boundary, inlined: this loop is hot
                    ch = text[first - 1]
                    if ch.isalnum() or ch == "-" or ch == "_":
                        continue
                if last + 1 < size:
                    ch = text[last + 1]
                    if ch.isalnum() or ch == "-" or ch == "_":
                        continue
                end = last + 1
                for slot, label in who:
                    found[slot].append(_new(Hit, (first, end, phrase, label)))
        for matcher, hits in zip(self._matchers, found, strict=True):
            matcher._store(text, _leftmost_longest(hits))


def join_matchers(*matchers: PhraseMatcher) -> None:
    """Let ``matchers`` (which search the same texts, folded to the same case) scan a
    whole text once for all of them in `PhraseMatcher.find_all`."""
    group = _Group(matchers)
    for matcher in matchers:
        matcher._group = group


def _labelled(mapping: Any, where: str, problems: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not isinstance(mapping, dict):
        problems.append(f"triggers.json: '{where}' must be an object of lists")
        return out
    for label, phrases in mapping.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip()
                                                    for p in phrases):
            problems.append(f"triggers.json: '{where}.{label}' must be a list of phrases")
            continue
        out.extend((label, p) for p in phrases)
    return out


def _plain(data: Any, where: str, problems: list[str]) -> list[tuple[str, str]]:
    if not isinstance(data, list) or not all(isinstance(p, str) and p.strip() for p in data):
        problems.append(f"triggers.json: '{where}' must be a list of phrases")
        return []
    return [(where.rsplit(".", 1)[-1], p) for p in data]


@attrs.frozen
class Cues:
    """The compiled cue matchers."""

    meeting: PhraseMatcher
    meeting_not: PhraseMatcher
    meeting_anaphora: PhraseMatcher
    outcome: PhraseMatcher
    meeting_noun: frozenset[str]
    meeting_event: PhraseMatcher
    meeting_topic: PhraseMatcher
    scheduled: PhraseMatcher
    proposal_noun: PhraseMatcher
    proposal_weak: frozenset[str]
    proposal_not_before: frozenset[str]
    proposal_gap_words: frozenset[str]
    proposal_status: PhraseMatcher
    phase_noun: PhraseMatcher
    proposal_background: PhraseMatcher
    demand_cue: PhraseMatcher
    demand_noun: frozenset[str]
    demand_blocker: PhraseMatcher
    demand_category: PhraseMatcher
    demand_reporting: PhraseMatcher
    casualty: PhraseMatcher
    people_noun: PhraseMatcher
    people_nouns: frozenset[str]
    hedge: PhraseMatcher
    claim_cue: PhraseMatcher


@cache
def cues() -> Cues:
    """The cues, compiled once.

    Raises:
        KnowledgeBaseError: ``triggers.json`` is malformed (every problem listed).
    """
    data = load_data_file("triggers.json")
    problems: list[str] = []
    meeting = data.get("meeting", {})
    proposal = data.get("proposal", {})
    demand = data.get("demand", {})
    status = {k: proposal.get(k, []) for k in ("proposed", "accepted", "rejected",
                                                "under_negotiation")}
    built = Cues(
        meeting=PhraseMatcher(_labelled(meeting, "meeting", problems)),
        meeting_not=PhraseMatcher(_plain(data.get("meeting_not"), "meeting_not", problems)),
        meeting_anaphora=PhraseMatcher(_plain(data.get("meeting_anaphora"),
                                              "meeting_anaphora", problems)),
        outcome=PhraseMatcher(_labelled(data.get("outcome"), "outcome", problems)),
        meeting_noun=frozenset(data.get("meeting_noun_cues", [])),
        meeting_event=PhraseMatcher(_plain(data.get("meeting_event_verbs"),
                                           "meeting_event_verbs", problems)),
        meeting_topic=PhraseMatcher(_plain(data.get("meeting_topic", []), "meeting_topic",
                                           problems)),
        scheduled=PhraseMatcher(_plain(data.get("scheduled"), "scheduled", problems)),
        proposal_noun=PhraseMatcher(_plain(proposal.get("nouns"), "proposal.nouns", problems)),
        proposal_weak=frozenset(proposal.get("weak_nouns", [])),
        proposal_not_before=frozenset(proposal.get("not_before", [])),
        proposal_gap_words=frozenset(proposal.get("gap_words", [])),
        proposal_status=PhraseMatcher(_labelled(status, "proposal", problems)),
        phase_noun=PhraseMatcher(_plain(proposal.get("phase_nouns"), "proposal.phase_nouns",
                                        problems)),
        proposal_background=PhraseMatcher(_plain(proposal.get("background"),
                                                 "proposal.background", problems)),
        demand_cue=PhraseMatcher(_plain(demand.get("cues"), "demand.cues", problems)),
        demand_noun=frozenset(demand.get("noun_cues", [])),
        demand_blocker=PhraseMatcher(_plain(demand.get("not_demanded_after"),
                                            "demand.not_demanded_after", problems)),
        demand_category=PhraseMatcher(_labelled(demand.get("categories"),
                                                "demand.categories", problems)),
        demand_reporting=PhraseMatcher(_plain(demand.get("reporting_verbs", []),
                                              "demand.reporting_verbs", problems)),
        casualty=PhraseMatcher(_labelled(data.get("casualty"), "casualty", problems)),
        people_noun=PhraseMatcher(_plain(data.get("people_nouns"), "people_nouns", problems)),
        people_nouns=frozenset(data.get("people_nouns", [])),
        hedge=PhraseMatcher(_plain(data.get("hedges"), "hedges", problems)),
        claim_cue=PhraseMatcher(_plain(data.get("claim_cues"), "claim_cues", problems)),
    )
    if problems:
        raise KnowledgeBaseError(problems)
    join_matchers(*_matchers_of(built))
    return built


def _matchers_of(built: Cues) -> list[PhraseMatcher]:
    return [getattr(built, f.name) for f in attrs.fields(Cues)
            if isinstance(getattr(built, f.name), PhraseMatcher)]


def join_with_cues(*matchers: PhraseMatcher) -> None:
    """Join ``matchers`` (which search lower-case text) with the cue matchers of
    `cues`, so that a document is scanned once for all of them."""
    join_matchers(*matchers, *_matchers_of(cues()))
