"""Find every knowledge-base name and every title word in a text in one linear pass.

Two Aho-Corasick automata (pyahocorasick): one over the exact, case-sensitive forms of
states, demonyms, metonyms, organizations, outlets, people and places; one over the
lower-cased text for office titles, ranks, honorifics and role nouns. Matches are
kept only at word boundaries, longest first, left to right, without overlaps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import ahocorasick
import attrs

from diplomod.knowledge import KnowledgeBase, default_knowledge_base
from diplomod.parse._words import lexicon

__all__ = ["Entry", "Gazetteer", "Match", "gazetteer_for"]


@attrs.frozen(slots=True)
class Entry:
    """What a surface form may refer to.

    Attributes:
        kind: ``state``, ``state_alias``, ``demonym``, ``metonym``, ``organization``,
            ``outlet``, ``person``, ``place``; for titles ``title``, ``office``, ``rank``,
            ``honorific`` or ``role``.
        id: the knowledge-base id (a state's ``state/ISR``, ``org/cia``, an office type
            such as ``head_of_government``, an office id) or the lexicon word.
        country: the state the entry belongs to, if any.
    """

    kind: str
    id: str
    country: str | None = None


class Match(NamedTuple):
    """A form found in the text, with every entry it may refer to."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...]
    kinds: frozenset[str] = frozenset()

    def first(self, *kinds: str) -> Entry | None:
        """The first entry of one of ``kinds``, if any."""
        if self.kinds.isdisjoint(kinds):
            return None
        for entry in self.entries:
            if entry.kind in kinds:
                return entry
        return None

    def has(self, *kinds: str) -> bool:
        """Whether any entry is of one of ``kinds``."""
        return not self.kinds.isdisjoint(kinds)


_new = tuple.__new__  # matches are made by the thousand: skip NamedTuple's __new__


def _automaton(forms: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form, entries in forms.items():
        unique = tuple(dict.fromkeys(entries))
        automaton.add_word(form, (form, unique, frozenset(e.kind for e in unique)))
    automaton.make_automaton()
    return automaton


def _search(automaton: ahocorasick.Automaton, text: str, original: str) -> list[Match]:
    """Leftmost-longest matches that start and end at word boundaries."""
    if len(automaton) == 0 or not text:
        return []
    chosen: list[Match] = []
    size = len(original)
    for end_index, (form, entries, kinds) in automaton.iter_long(text):
        end = end_index + 1
        start = end - len(form)
        # a word character on both sides of an edge splits a word (_is_word_char, inlined)
        if start > 0:
            a, b = original[start - 1], original[start]
            if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                continue
        if end < size:
            a, b = original[end - 1], original[end]
            if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                continue
        chosen.append(_new(Match, (start, end, original[start:end], entries, kinds)))
    return chosen


class Gazetteer:
    """The automata built from a knowledge base and the parser's lexicon."""

    def __init__(self, kb: KnowledgeBase) -> None:
        names: dict[str, list[Entry]] = defaultdict(list)

        def add(forms: Iterable[str | None], entry: Entry) -> None:
            for form in forms:
                if not form or not form.strip():
                    continue
                form = form.strip()
                if form.islower() and " " not in form:
                    continue  # "cabinet", "service": common words, not names
                names[form].append(entry)

        for state in kb.states.values():
            add([state.name], Entry("state", state.id, state.alpha3))
            add(state.aliases, Entry("state_alias", state.id, state.alpha3))
            add(state.demonyms, Entry("demonym", state.id, state.alpha3))
            add(state.metonyms, Entry("metonym", state.id, state.alpha3))
        for org in kb.organizations.values():
            add(org.names, Entry("organization", org.id, org.country))
            add([f"the {org.name}"] if org.name[:1].islower() else [],
                Entry("organization", org.id, org.country))
        for outlet in kb.outlets.values():
            add([outlet.name, *outlet.aliases], Entry("outlet", outlet.id, outlet.country))
        for person in kb.people.values():
            add([person.name, *person.aliases], Entry("person", person.id, person.country))
        for place in kb.places.values():
            add([place.name, *place.aliases], Entry("place", place.id, place.country))
        self._names = _automaton(names)

        titles: dict[str, list[Entry]] = defaultdict(list)

        def add_title(forms: Iterable[str], entry: Entry) -> None:
            for form in forms:
                if len(form.strip()) > 1:  # a one-letter title would match any letter
                    titles[form.strip().lower()].append(entry)

        for office_type in kb.office_types.values():
            add_title([office_type.label, *office_type.forms], Entry("title", office_type.id))
        for office in kb.offices.values():
            add_title([office.title, *office.forms], Entry("office", office.id, office.country))
        lex = lexicon()
        add_title(lex.ranks, Entry("rank", "rank"))
        add_title(lex.honorifics, Entry("honorific", "honorific"))
        add_title(lex.person_role_nouns, Entry("role", "role"))
        self._titles = _automaton(titles)

    def names(self, text: str) -> list[Match]:
        """Knowledge-base names in ``text`` (case-sensitive)."""
        return _search(self._names, text, text)

    def titles(self, text: str, lower: str | None = None) -> list[Match]:
        """Title words in ``text`` (case-insensitive; pass ``lower`` if already made)."""
        return _search(self._titles, lower if lower is not None else lower_same_length(text),
                       text)


def lower_same_length(text: str) -> str:
    """``text`` in lower case with its length kept (a few characters lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] or c for c in text)


@cache
def _default() -> Gazetteer:
    return Gazetteer(default_knowledge_base())


def gazetteer_for(kb: KnowledgeBase | None) -> Gazetteer:
    """The gazetteer of ``kb`` (the shipped knowledge base's is built once)."""
    if kb is None or kb is default_knowledge_base():
        return _default()
    return Gazetteer(kb)
