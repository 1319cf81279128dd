"""Stage 4: tie mentions to actors, and build the `Actor` objects.

- People: a knowledge-base match decides; otherwise a title ties a name to the person the
  knowledge base says held that office on the publication date when the names agree
  ("Shin Bet chief Baranm" is Ronen Bar); otherwise the full name is the key. Later
  surnames ("Barnea"), particles ("Sisi" for "el-Sisi") and near-misspellings ("Ban"
  for "Bar") join a person named in the same article; bare titles ("the premier",
  "Israel's intelligence chief") join the person holding that office in the article.
- Organizations: by knowledge-base id, else by folded name; a state's army named by a
  demonym ("Israeli army") joins the army the knowledge base knows under another name
  when both appear.
- States: by ISO code; a state becomes an actor only if some mention shows it acting or
  being addressed (not only as a place or in a title).

The name of an actor is the fullest form the article gives; a misspelled one gives way
to the knowledge base's name and stays as an alias.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from diplomod.gold import slugify
from diplomod.knowledge import KnowledgeBase
from diplomod.model import Actor, Evidence, Role
from diplomod.parse._words import lexicon
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.document import ParsedDocument
from diplomod.vocab import ActorKind

__all__ = ["ActorTable", "resolve_actors"]

_MAX_EVIDENCE = 2
_LEADERS = ("head_of_government", "head_of_state")
_DESCRIPTOR_WINDOW = 3


_EndsIndex = dict[tuple[str, str], list[tuple[str, list[str]]]]
_ENDS_CACHE: dict[int, tuple[KnowledgeBase, _EndsIndex]] = {}


def _people_by_ends(kb: KnowledgeBase) -> _EndsIndex:
    """Knowledge-base people's name forms by their first and last words (built once)."""
    cached = _ENDS_CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    index: _EndsIndex = {}
    for person in kb.people.values():
        for form in (person.name, *person.aliases):
            parts = _name_parts(form)
            if len(parts) >= 2:
                index.setdefault((parts[0], parts[-1]), []).append((person.id, parts))
    _ENDS_CACHE[id(kb)] = (kb, index)
    return index


_ORG_FOLD_CACHE: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}


def _orgs_by_folded_name(kb: KnowledgeBase) -> dict[str, str]:
    """Knowledge-base organizations by their folded names (built once), so that a
    name written with other hyphens or case ("Inter Services Public Relations") finds
    its entry."""
    cached = _ORG_FOLD_CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    index: dict[str, str] = {}
    for org in kb.organizations.values():
        for form in org.names:
            if len(form) > 4:
                index.setdefault(_fold(form), org.id)
    _ORG_FOLD_CACHE[id(kb)] = (kb, index)
    return index


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace("-", " ").replace(".", "").split())


@lru_cache(maxsize=65536)
def _name_parts_cached(name: str) -> tuple[str, ...]:
    particles = lexicon().name_particles
    return tuple(w for w in _fold(name).split() if w not in particles)


def _name_parts(name: str) -> list[str]:
    """Folded words of a name, particles stripped ("el-Sisi" -> "sisi")."""
    return list(_name_parts_cached(name))


@lru_cache(maxsize=65536)
def _surname(name: str) -> str:
    parts = _name_parts(name)
    return parts[-1] if parts else _fold(name)


_MILITARY_RANK = {"army": 0, "military": 1, "armed forces": 2, "defense forces": 3,
                  "defence forces": 3, "forces": 4, "military forces": 4, "troops": 5,
                  "soldiers": 6}


def _military_rank(form: str) -> int:
    """How well a form names an army: a proper name first ("Israel Defense Forces"),
    then "<demonym> army", "military", ..., "soldiers"; a bare acronym last."""
    words = form.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return -1
    for n in (2, 1):
        tail = " ".join(words[-n:]).lower()
        if len(words) > n and tail in _MILITARY_RANK:
            return _MILITARY_RANK[tail]
    return 9


_GENERIC_BODY_WORDS = frozenset({"ministry", "foreign", "defense", "defence", "interior",
                                 "health", "army", "armed", "military", "police", "navy",
                                 "air", "security", "state", "national", "government",
                                 "office", "department"})


def _org_form(form: str) -> str:
    """An organization's name without a leading article or possessor ("the UN" -> "UN",
    "Israel's Shin Bet" -> "Shin Bet")."""
    words = form.split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead][:1].islower():
        lead += 1
    if words[lead][:1].isupper():  # "the UN", "paramilitary RSF"; not "state information service"
        words = words[lead:]
    if len(words) > 1 and words[0] == "The":
        words = words[1:]
    if len(words) > 1 and words[0].endswith("'s") and words[1][:1].isupper() \
            and words[1].lower() not in _GENERIC_BODY_WORDS:
        words = words[1:]  # "Israel's Shin Bet"; but "Sudan's army" and
        # "Pakistan's Ministry of Foreign Affairs" stay whole
    return " ".join(words)


def _stated_name(folded: str, country: str | None,
                 with_state: dict[str, set[str]]) -> str:
    """The key of a body named without its state ("foreign ministry"): that of the one
    body the article names with a state and a name ending so ("armenian foreign
    ministry"), else its own name's."""
    own = f"name:{folded}"
    if country is not None or folded in with_state:
        return own
    fuller = {key for name, keys in with_state.items() if name.endswith(" " + folded)
              for key in keys}
    return fuller.pop() if len(fuller) == 1 else own


def _strip_honorific(folded: str) -> str:
    words = folded.split()
    honorifics = lexicon().honorifics
    while len(words) > 1 and words[0] in honorifics:
        words = words[1:]
    return " ".join(words)


def _near_form(form: str, folded_forms: set[str]) -> bool:
    """Whether a full name is a fuller or shorter spelling of a known one (all the words
    of one are words of the other, and the surnames agree)."""
    parts = _name_parts(form)
    if len(parts) < 2:
        return False
    for known in folded_forms:
        other = [w for w in known.split() if w not in lexicon().name_particles]
        if len(other) >= 2 and other[-1] == parts[-1] and (
                set(other) <= set(parts) or set(parts) <= set(other)):
            return True
    return False


def _misspelling_of(form: str, kb_name: str) -> bool:
    """Whether a full name differs from the knowledge base's name only by the
    spelling of a given name ("Anthony Blinken" for "Antony Blinken"). A surname
    spelled otherwise ("el-Sissi", "Zelenskyy") is a transliteration the article
    chose, and stays."""
    parts, kb_parts = _name_parts(form), _name_parts(kb_name)
    return len(parts) == len(kb_parts) >= 2 and parts[-1] == kb_parts[-1] \
        and parts != kb_parts and all(
            _similar_word(a, b) for a, b in zip(parts, kb_parts, strict=True))


@lru_cache(maxsize=65536)
def _similar_word(a: str, b: str) -> bool:
    """Whether two folded words are the same name spelled differently."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3:
        return False
    if a.startswith(b) or b.startswith(a):
        return abs(len(a) - len(b)) <= 3
    if max(len(a), len(b)) <= 6:
        return bool(DamerauLevenshtein.distance(a, b) <= 1 and a[0] == b[0])
    return fuzz.ratio(a, b) >= 85


@attrs.define
class _Entity:
    kind: ActorKind
    key: str
    kb_id: str | None = None
    country: str | None = None
    mentions: list[ActorMention] = attrs.field(factory=list)
    alias_forms: list[str] = attrs.field(factory=list)
    forms: set[str] = attrs.field(factory=set)
    acts: bool = False
    offices: set[str] = attrs.field(factory=set)
    leader_of: set[tuple[str, str | None]] = attrs.field(factory=set)

    def add(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        if mention.office_id:
            self.offices.add(mention.office_id)
        if mention.office_type in _LEADERS:
            self.leader_of.add((mention.office_type, mention.country))
        if mention.usage == Usage.ACTOR:
            self.acts = True
            if mention.name:
                self.forms.add(mention.name)
        if self.country is None and mention.country:
            self.country = mention.country
        if self.kb_id is None and mention.kb_id:
            self.kb_id = mention.kb_id


_BRANCHES = (("foreign", "foreign"), ("state department", "foreign"), ("defen", "defense"),
             ("interior", "interior"), ("health", "health"), ("finance", "finance"),
             ("justice", "justice"), ("information", "information"))


def _ministry_branch(text: str) -> str | None:
    """The branch of government a ministry's name or a title names ("foreign
    ministry spokesperson" -> "foreign"), if it names a ministry."""
    low = text.lower()
    if not any(w in low for w in ("ministry", "office", "department")):
        return None
    for key, branch in _BRANCHES:
        if key in low:
            return branch
    return None


def _commentator(entity: _Entity) -> bool:
    """Whether a person is only an outside voice: introduced as an analyst, an
    academic or a former official, with no current office anywhere in the article."""
    if entity.kind is not ActorKind.PERSON or entity.kb_id is not None:
        return False
    flagged = [m for m in entity.mentions if m.commentator]
    return bool(flagged) and not any(m.title and not m.commentator for m in entity.mentions
                                     if m.usage == Usage.ACTOR)


@attrs.define
class ActorTable:
    """The actors of a document and the mentions that refer to each.

    Attributes:
        actors: the Actor objects, in order of first mention.
        by_mention: for each mention (by ``id()``), the id of its actor.
        mentions: every mention that names an actor, in text order.
    """

    actors: list[Actor]
    by_mention: dict[int, str]
    mentions: list[ActorMention]
    _by_id: dict[str, Actor] = attrs.field(factory=dict)

    def actor_id(self, mention: ActorMention) -> str | None:
        """The actor id a mention refers to, if any."""
        return self.by_mention.get(id(mention))

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        if len(self._by_id) != len(self.actors):
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id.get(actor_id)


class _Resolver:
    def __init__(self, doc: ParsedDocument, mentions: list[ActorMention]) -> None:
        self.doc = doc
        self.kb: KnowledgeBase = doc.kb
        self.published: dt.date | None = doc.published
        self.mentions = mentions
        self.entities: list[_Entity] = []
        self.by_key: dict[str, _Entity] = {}
        self.of_mention: dict[int, _Entity] = {}

    def entity(self, kind: ActorKind, key: str, mention: ActorMention) -> _Entity:
        entity = self.by_key.get(key)
        if entity is None:
            entity = _Entity(kind=kind, key=key)
            self.by_key[key] = entity
            self.entities.append(entity)
        entity.add(mention)
        self.of_mention[id(mention)] = entity
        return entity

    # -- people ------------------------------------------------------------------
    def kb_holder(self, mention: ActorMention) -> str | None:
        """The knowledge-base holder of the mention's office whose name agrees."""
        if not mention.office_id or not mention.name:
            return None
        when = self.published
        words = _name_parts(mention.name)
        for person in self.kb.holders(mention.office_id, on=when):
            forms = [person.name, *person.aliases]
            for form in forms:
                parts = _name_parts(form)
                if not parts or not words:
                    continue
                if any(_similar_word(w, p) for w in words for p in parts):
                    return person.id
        return None

    def kb_fuzzy_person(self, name: str) -> str | None:
        """A knowledge-base person whose full name has the same first and last words
        and is close enough ("Mohammed bin Abdulrahman bin Jassim Al Thani")."""
        words = _name_parts(name)
        if len(words) < 2:
            return None
        best: tuple[float, str] | None = None
        for person_id, parts in _people_by_ends(self.kb).get((words[0], words[-1]), ()):
            score = fuzz.token_sort_ratio(" ".join(words), " ".join(parts))
            if score >= 75 and (best is None or score > best[0]):
                best = (score, person_id)
        return best[1] if best else None

    def people(self) -> None:
        named = [m for m in self.mentions if m.kind is ActorKind.PERSON
                 and m.usage == Usage.ACTOR]
        for m in named:
            if m.surname_of is not None:  # "Richard Bennett" or "Volodymir Zelenskyy"
                person = self.kb.people.get(m.surname_of)
                forms = (person.name, *person.aliases) if person is not None else ()
                if person is not None and (_near_form(m.name, {_fold(f) for f in forms})
                                           or any(_misspelling_of(m.name, f) for f in forms)):
                    m.kb_id = person.id
                    m.country = m.country or person.country
        # a person the article names in full outranks a KB person who shares the
        # surname: later bare "Bennett"s are Richard Bennett, not Naftali Bennett
        own = {_name_parts(m.name)[-1] for m in named if m.kb_id is None
               and len(_name_parts(m.name)) >= 2}
        for m in named:
            if m.kb_id and m.rule == "kb/person" and len(_name_parts(m.name)) == 1 \
                    and _name_parts(m.name)[0] in own:
                m.kb_id = None
                m.usage = Usage.SURNAME
        named = [m for m in named if m.usage == Usage.ACTOR]
        for m in named:
            kb_id = m.kb_id or self.kb_holder(m) or self.kb_fuzzy_person(m.name)
            if kb_id is not None and m.kb_id is None:
                m.kb_id = kb_id
                person = self.kb.people.get(kb_id)
                m.country = m.country or (person.country if person else None)
        # full names first, so that surnames find them
        for m in sorted(named, key=lambda x: -len(_name_parts_cached(x.name))):
            if m.kb_id:
                self.entity(ActorKind.PERSON, f"kb:{m.kb_id}", m)
                continue
            parts = _name_parts(m.name)
            target = self.person_by_words(parts) if len(parts) <= 1 else None
            if target is None and len(parts) >= 2:
                target = self.person_by_full_name(parts)
            if target is not None:
                target.add(m)
                self.of_mention[id(m)] = target
            else:
                self.entity(ActorKind.PERSON, f"name:{' '.join(parts)}", m)
        found: dict[str, _Entity | None] = {}
        for m in self.mentions:
            if m.usage == Usage.SURNAME:
                if m.name not in found:  # the same word is looked up once a document
                    found[m.name] = self.person_by_words(_name_parts(m.name), fuzzy=True)
                target = found[m.name]
                if target is not None:
                    target.add(m)
                    target.alias_forms.append(m.name)
                    self.of_mention[id(m)] = target
        for m in self.mentions:
            if m.usage == Usage.TITLE_ONLY:
                target = self.person_by_office(m)
                if target is not None:
                    target.add(m)
                    target.alias_forms.append(m.name)
                    self.of_mention[id(m)] = target

    def person_entities(self) -> list[_Entity]:
        return [e for e in self.entities if e.kind is ActorKind.PERSON]

    def person_by_full_name(self, parts: list[str]) -> _Entity | None:
        for entity in self.person_entities():
            for form in entity.forms:
                other = _name_parts_cached(form)
                if len(other) >= 2 and other[-1] == parts[-1] and (
                        set(parts) <= set(other) or set(other) <= set(parts)):
                    return entity
        return None

    def person_by_words(self, parts: list[str], *, fuzzy: bool = False) -> _Entity | None:
        if len(parts) != 1:
            return None
        word = parts[0]
        exact = []
        people = self.person_entities()
        for entity in people:
            forms = list(entity.forms)
            person = self.kb.people.get(entity.kb_id) if entity.kb_id else None
            if person is not None:
                forms += [person.name, *person.aliases]
            first = self.family_name_first(entity)  # "Kim" for Kim Jong Un
            if any(word in (_name_parts_cached(form)[0 if first else 1:]
                            or _name_parts_cached(form)) for form in forms):
                exact.append(entity)
        if len(exact) == 1:
            return exact[0]
        if exact or not fuzzy:
            return None
        surnames = {f: _surname(f) for e in people for f in e.forms}
        close = [e for e in people if any(_similar_word(word, surnames[f]) for f in e.forms)]
        return close[0] if len(close) == 1 else None

    def family_name_first(self, entity: _Entity) -> bool:
        """Whether a person's names put the family name first, by their state."""
        state = self.kb.states.get(entity.country) if entity.country else None
        return state is not None and state.family_name_first

    def person_by_office(self, mention: ActorMention) -> _Entity | None:
        candidates = []
        for entity in self.person_entities():
            same_office = bool(mention.office_id and mention.office_id in entity.offices)
            same_leader = mention.office_type in _LEADERS and any(
                kind == mention.office_type and mention.country in (None, country)
                for kind, country in entity.leader_of)
            if same_office or same_leader:
                candidates.append(entity)
        if not candidates and mention.office_id:
            holders = {p.id for p in self.kb.holders(mention.office_id, on=self.published)}
            candidates = [e for e in self.person_entities() if e.kb_id in holders]
        if not candidates and mention.office_type in _LEADERS:
            for entity in self.person_entities():
                for role in self.kb.roles_of(entity.kb_id or ""):
                    if role.office_id and role.office_id.endswith(mention.office_type) and \
                            (mention.country is None or role.country == mention.country) and \
                            (self.published is None or role.held_on(self.published)):
                        candidates.append(entity)
                        break
        unique = list(dict.fromkeys(id(c) for c in candidates))
        if len(unique) == 1:
            return candidates[0]
        if candidates:  # the nearest one mentioned before
            before = [c for c in candidates if any(m.start < mention.start for m in c.mentions)]
            if before:
                return max(before, key=lambda c: max(m.start for m in c.mentions
                                                     if m.start < mention.start))
        return None

    # -- organizations and states ------------------------------------------------------
    def organizations(self) -> None:
        military_of: dict[str, str] = {}
        for m in self.mentions:
            if m.kind is not ActorKind.ORGANIZATION or m.form_kind == "outlet":
                continue
            if m.kb_id:
                org = self.kb.organizations.get(m.kb_id)
                if org is not None and org.type == "military" and org.country:
                    military_of.setdefault(org.country, f"kb:{m.kb_id}")
        # bodies named with their state ("the Armenian Foreign Ministry"), by name
        with_state: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind is ActorKind.ORGANIZATION and m.country and m.form_kind != "outlet":
                key = f"kb:{m.kb_id}" if m.kb_id else f"name:{_fold(m.name)}"
                with_state.setdefault(_fold(m.name), set()).add(key)
        for m in self.mentions:
            if m.kind is not ActorKind.ORGANIZATION or m.form_kind == "outlet":
                continue
            if m.kb_id is None and m.form_kind == "organization-name":
                m.kb_id = _orgs_by_folded_name(self.kb).get(_fold(m.name))
            if m.kb_id:
                key = f"kb:{m.kb_id}"
            elif m.form_kind.startswith("military") and m.country:
                key = military_of.get(m.country, f"military:{m.country}")
            else:
                key = _stated_name(_fold(m.name), m.country, with_state)
            self.entity(ActorKind.ORGANIZATION, key, m)

    def states(self) -> None:
        for m in self.mentions:
            if m.kind is ActorKind.STATE and m.country:
                self.entity(ActorKind.STATE, f"state:{m.country}", m)

    # -- output ------------------------------------------------------------------
    def descriptors(self) -> None:
        """Tie "the group", "the Jewish leader", "the country" to the last actor of
        that kind named shortly before."""
        named = sorted(((x.start, x.sentence, id(x), entity)
                        for entity in self.entities if entity.acts
                        for x in entity.mentions if x.usage != Usage.DESCRIPTOR),
                       key=lambda item: item[0])
        starts = [item[0] for item in named]
        for m in self.mentions:
            if m.usage != Usage.DESCRIPTOR:
                continue
            i = bisect_left(starts, m.start) - 1
            head = _fold(m.name).split()[-1]
            same = self.named_like(head, m, named, i)
            if same is not None:  # "the council": the council named before
                same.mentions.append(m)
                self.of_mention[id(m)] = same
                continue
            while i >= 0 and m.sentence - named[i][1] <= _DESCRIPTOR_WINDOW:
                entity = named[i][3]
                if entity.kind is m.kind and not (
                        m.country and entity.country and m.country != entity.country):
                    entity.mentions.append(m)
                    self.of_mention[id(m)] = entity
                    break
                i -= 1

    def ministry_countries(self) -> None:
        """A spokesperson of "the foreign ministry" with no state named takes the
        state of the foreign ministry the article named just before ("Afghanistan's
        Ministry of Foreign Affairs ... foreign ministry spokesperson Balkhi")."""
        ministries = [m for m in self.mentions if m.kind is ActorKind.ORGANIZATION
                      and m.country and m.form_kind.startswith("ministry:")]
        if not ministries:
            return
        for entity in self.person_entities():
            if entity.country is not None:
                continue
            for m in entity.mentions:
                branch = _ministry_branch(m.title or "")
                if not branch:
                    continue
                before = [x for x in ministries if x.start < m.start
                          and m.sentence - x.sentence <= _DESCRIPTOR_WINDOW
                          and _ministry_branch(x.form_kind) == branch]
                if before:
                    entity.country = before[-1].country
                    break

    def named_like(self, head: str, m: ActorMention,
                   named: list[tuple[int, int, int, _Entity]], i: int) -> _Entity | None:
        """The last organization before ``m`` (within a few paragraphs) whose name
        holds the descriptor's noun ("Security Council" for "the council",
        "Sudanese army" for "the army")."""
        if m.kind is not ActorKind.ORGANIZATION:
            return None
        while i >= 0 and m.sentence - named[i][1] <= _DESCRIPTOR_WINDOW * 4:
            entity = named[i][3]
            if entity.kind is ActorKind.ORGANIZATION and not (
                    m.country and entity.country and m.country != entity.country) and any(
                    head in _fold(f).split() or head + "s" in _fold(f).split()
                    for f in entity.forms):
                return entity
            i -= 1
        return None

    def build(self) -> ActorTable:
        self.people()
        self.organizations()
        self.states()
        self.ministry_countries()
        self.descriptors()
        keep = [e for e in self.entities if e.acts and not _commentator(e)]
        keep.sort(key=lambda e: min(m.start for m in e.mentions))
        taken: set[str] = set()
        actors: list[Actor] = []
        by_mention: dict[int, str] = {}
        for entity in keep:
            actor = self.actor(entity, taken)
            if actor is None:
                continue
            actors.append(actor)
            for m in entity.mentions:
                by_mention[id(m)] = actor.id
        named = [m for m in self.mentions if id(m) in by_mention]
        return ActorTable(actors=actors, by_mention=by_mention, mentions=named)

    def evidence(self, entity: _Entity) -> tuple[Evidence, ...]:
        out = []
        text = self.doc.norm.original
        named = [m for m in entity.mentions if m.usage != Usage.DESCRIPTOR]
        for m in sorted(named, key=lambda x: x.start)[:_MAX_EVIDENCE]:
            start, end = self.doc.original_span(m.start, m.end)
            out.append(Evidence.quoting(self.doc.document_id, text, start, end,
                                          rule=m.rule))
        return tuple(out)

    def name_of(self, entity: _Entity) -> tuple[str, list[str]]:
        forms = Counter(m.name for m in entity.mentions
                        if m.usage not in (Usage.TITLE_ONLY, Usage.DESCRIPTOR))
        kb_names: list[str] = []
        if entity.kind is ActorKind.PERSON and entity.kb_id in self.kb.people:
            person = self.kb.people[entity.kb_id]
            kb_names = [person.name, *person.aliases]
        elif entity.kind is ActorKind.ORGANIZATION and entity.kb_id in self.kb.organizations:
            kb_names = list(self.kb.organizations[entity.kb_id].names)
        elif entity.kind is ActorKind.STATE and entity.country in self.kb.states:
            state = self.kb.states[entity.country]
            kb_names = [state.name, *state.aliases]
        surface = [f for f in forms if f]
        acting = [m.name for m in entity.mentions if m.usage in (Usage.ACTOR, Usage.SURNAME)]
        aliases = list(dict.fromkeys([*acting, *entity.alias_forms]))
        if entity.kind is ActorKind.STATE:
            full = [m.name for m in entity.mentions if m.form_kind in ("state", "state_alias")
                    and len(m.name) > 3 and not m.name.isupper()]
            if kb_names and kb_names[0] in full:
                name = kb_names[0]  # "North Korea", not "Democratic People's Republic of Korea"
            else:
                name = max(full, key=len) if full else (kb_names[0] if kb_names else surface[0])
            demonyms = {m.name for m in entity.mentions if m.form_kind == "demonym"}
            aliases = [f for f in aliases if f != name and f not in demonyms]
            return name, aliases
        if entity.kind is ActorKind.PERSON:
            full = [f for f in surface if len(_name_parts(f)) >= 2]
            kb_folded = {_strip_honorific(_fold(n)) for n in kb_names}
            if full:
                name = max(full, key=lambda f: (len(_name_parts(f)), len(f)))
                if kb_names and not any(_strip_honorific(_fold(f)) in kb_folded
                                        or _near_form(f, kb_folded) for f in full):
                    name = kb_names[0]
                elif kb_names and _misspelling_of(name, kb_names[0]):
                    name = kb_names[0]  # "Anthony Blinken": a known misspelling
            else:
                name = kb_names[0] if kb_names else (surface[0] if surface else "")
            first = name.split()[0] if len(name.split()) > 1 else None
            return name, [a for a in aliases if a != name and a != first]
        clean: Counter[str] = Counter()
        for form, n in forms.items():
            clean[_org_form(form)] += n
        for short in list(clean) if not kb_names else ():
            # "High Court" counts for "Malawi High Court"
            longer = [f for f in clean if f.endswith(" " + short)]
            if len(longer) == 1:
                clean[longer[0]] += clean.pop(short)
        if any(m.form_kind.startswith("military:") for m in entity.mentions):
            name = min(clean, key=lambda f: (_military_rank(f), -clean[f], -len(f)))
        else:
            ranked = sorted(clean, key=lambda f: (-clean[f], -len(f)))
            name = ranked[0] if ranked else (kb_names[0] if kb_names else "")
            if kb_names and kb_names[0] in clean and clean[kb_names[0]] >= clean[name]:
                name = kb_names[0]
        if name[:1].islower() and kb_names:  # "state information service" in running text
            name = kb_names[0]
        return name, [a for a in dict.fromkeys(_org_form(a) for a in aliases) if a != name]

    def roles_of(self, entity: _Entity) -> tuple[Role, ...]:
        kb_roles = self.kb.roles_of(entity.kb_id) if entity.kb_id else ()
        roles: dict[tuple[str, str | None], Role] = {}
        for m in entity.mentions:
            if not m.title or (m.usage == Usage.TITLE_ONLY and not m.office_id):
                continue
            start = end = None
            for kb_role in kb_roles:
                if m.office_id and kb_role.office_id == m.office_id:
                    start, end = kb_role.start, kb_role.end
                    if self.published is None or kb_role.held_on(self.published) is not False:
                        break
            key = (m.title, m.office_id)
            if key in roles:
                continue
            evidence: tuple[Evidence, ...] = ()
            if m.title_span:
                s, e = self.doc.original_span(*m.title_span)
                evidence = (Evidence.quoting(self.doc.document_id, self.doc.norm.original,
                                               s, e, rule=m.rule),)
            office = self.kb.office(m.office_id) if m.office_id else None
            roles[key] = Role(title=m.title, office_id=m.office_id,
                              country=office.country if office else m.country,
                              start=start, end=end, evidence=evidence)
        return tuple(roles.values())

    def actor(self, entity: _Entity, taken: set[str]) -> Actor | None:
        name, aliases = self.name_of(entity)
        if not name.strip():
            return None
        if entity.kind is ActorKind.STATE and entity.country is None:
            return None
        actor_id = slugify(name)
        base, n = actor_id, 2
        while actor_id in taken:
            actor_id, n = f"{base}-{n}", n + 1
        taken.add(actor_id)
        country = entity.country
        if entity.kind is ActorKind.ORGANIZATION and entity.kb_id in self.kb.organizations:
            country = self.kb.organizations[entity.kb_id].country
        kb_id = entity.kb_id
        if entity.kind is ActorKind.STATE and entity.country:
            kb_id = f"state/{entity.country}"
        return Actor(
            id=actor_id, kind=entity.kind, name=name,
            aliases=tuple(a for a in dict.fromkeys(aliases) if a.strip() and a != name),
            country=country,
            roles=self.roles_of(entity) if entity.kind is ActorKind.PERSON else (),
            kb_id=kb_id,
            evidence=self.evidence(entity),
        )


def resolve_actors(doc: ParsedDocument, mentions: list[ActorMention], *,
                   author: str | None = None) -> ActorTable:
    """Group mentions into actors and build them (see the module docstring). The
    article's ``author`` (its byline) is never an actor."""
    if author:
        names = {_fold(a) for a in re.split(r"\s*(?:,|\band\b|&)\s*", author) if a.strip()}
        mentions = [m for m in mentions
                    if not (m.kind is ActorKind.PERSON and _fold(m.name) in names)]
    return _Resolver(doc, mentions).build()


def group_by_sentence(table: ActorTable, n: int) -> list[list[tuple[ActorMention, str]]]:
    """For each sentence, its mentions that name an actor, with the actor id."""
    grouped: list[list[tuple[ActorMention, str]]] = [[] for _ in range(n)]
    for m in table.mentions:
        actor_id = table.actor_id(m)
        if actor_id is not None and 0 <= m.sentence < n:
            grouped[m.sentence].append((m, actor_id))
    return grouped


