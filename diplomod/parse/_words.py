"""Loading the word lists of the actor and fact stages (``parse/data/lexicon.json``,
``parse/data/given_names.json`` and ``parse/data/triggers.json``), once, with every bad entry
reported."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import attrs

from diplomod.errors import KnowledgeBaseError

__all__ = ["Lexicon", "given_names", "lexicon", "load_data_file", "load_given_names"]


def load_data_file(name: str) -> dict[str, Any]:
    """A JSON data file of ``diplomod/parse/data``."""
    raw = resources.files("diplomod.parse").joinpath(f"data/{name}").read_text("utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise KnowledgeBaseError([f"{name}: must be an object with \"version\": 1"])
    return data


def _string_list(data: dict[str, Any], key: str, name: str, problems: list[str]) -> tuple[
        str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        problems.append(f"{name}: '{key}' must be a list of non-blank strings")
        return ()
    return tuple(value)


@attrs.frozen
class Lexicon:
    """The word lists of ``lexicon.json``; see that file for what each is for."""

    name_particles: frozenset[str]
    honorifics: tuple[str, ...]
    ranks: tuple[str, ...]
    title_modifiers: frozenset[str]
    person_role_nouns: tuple[str, ...]
    expert_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    state_group_nouns: frozenset[str]
    military_nouns: tuple[str, ...]
    ministry_heads: tuple[str, ...]
    org_heads: frozenset[str]
    outlet_nouns: tuple[str, ...]
    non_name_words: frozenset[str]
    source_cues: tuple[str, ...]
    person_pronouns: frozenset[str]
    non_person_words: frozenset[str]
    descriptors: dict[str, frozenset[str]] = attrs.field(factory=dict)


_LIST_FIELDS = {f.name: f.type for f in attrs.fields(Lexicon)}


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once.

    Raises:
        KnowledgeBaseError: a list is missing or holds something other than strings.
    """
    name = "lexicon.json"
    data = load_data_file(name)
    problems: list[str] = []
    values: dict[str, Any] = {}
    for field in attrs.fields(Lexicon):
        if field.name == "descriptors":
            raw = data.get("descriptors")
            if not isinstance(raw, dict):
                problems.append(f"{name}: 'descriptors' must map a kind to a list of nouns")
                continue
            values["descriptors"] = {
                kind: frozenset(_string_list(raw, kind, name, problems)) for kind in raw}
            continue
        items = _string_list(data, field.name, name, problems)
        values[field.name] = frozenset(items) if "frozenset" in str(field.type) else items
    if problems:
        raise KnowledgeBaseError(problems)
    return Lexicon(**values)


def load_given_names(data: Any, name: str = "given_names.json") -> frozenset[str]:
    """The given names of ``given_names.json``'s data: every region's list, merged.

    Raises:
        KnowledgeBaseError: the data is no object, a region's list holds something other
            than capitalized single words, or an excluded word is listed as a name.
    """
    if not isinstance(data, dict):
        raise KnowledgeBaseError([f"{name}: must be an object"])
    problems: list[str] = []
    names: set[str] = set()
    excluded: set[str] = set()
    for key, into in (("groups", names), ("excluded", excluded)):
        raw = data.get(key)
        if not isinstance(raw, dict) or not raw:
            problems.append(f"{name}: '{key}' must map a region or reason to a list of names")
            continue
        for group in raw:
            items = _string_list(raw, group, f"{name}: {key}", problems)
            bad = [x for x in items if " " in x.strip() or not x[:1].isupper()]
            if bad:
                problems.append(f"{name}: {key} '{group}' must hold capitalized single words "
                                f"(got {bad[:5]})")
            into.update(items)
    both = sorted(names & excluded)
    if both:
        problems.append(f"{name}: excluded words must not be listed as names (got {both[:10]})")
    if problems:
        raise KnowledgeBaseError(problems)
    return frozenset(names)


@cache
def given_names() -> frozenset[str]:
    """The given names (and the family names that open East Asian names), loaded once.

    Raises:
        KnowledgeBaseError: the data file is malformed.
    """
    name = "given_names.json"
    return load_given_names(load_data_file(name), name)
