"""Stage 5c: demands — conditions an actor sets or insists on.

A sentence with a demand cue ("demands", "called for", "urged X to", "insists on",
"if Russia agrees to", "until the militia is crushed", "the goals of the war") gives one
demand per category its words name after the cue (a permanent or temporary ceasefire,
withdrawal, prisoner or hostage release, aid, ...). A cue that calls on a named actor to
act ("urged Kosovo to", "demanded that Serbia ...") is a demand of category ``other``
when no category word says what about; so is a cue whose object is the thing asked for
("called for the protection of civilians", "is seeking military assistance", "X's
condition is ...", "urged restraint"), and a cue that calls on anyone to act ("urged all
parties to", "told Ukraine to", "warned Iran to"); not an intention ("wants to",
"seeks to"), a noun ("a call for"), a hypothetical ("would seek") or a participle of
someone else ("gangs seeking ransoms"). Who demands: the possessor of "X's demands", the
source of "according to X", else the nearest actor before the cue (a subject pronoun
resolved: "she urged", "we urge" in a speaker's words). Modal and spoken cues ("X must /
should / needs to", "it is time to") are demands of the speaker ("..., Y said", "Y said
X must"), of the modal's subject. Of whom: the actor the cue addresses ("urged Zelensky
to", "if Russia agrees to"), else the actor's main counterpart in the article (the
state or organization it is most often named with), except for the defeat of an
adversary, which is addressed to nobody. The words are data (``triggers.json``,
``demand``): cues, category words (``none`` shadows a category word: "humanitarian
law"), words that block a category after them ("break the ceasefire").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import combinations

import attrs

from diplomod.model import Demand
from diplomod.parse._words import load_data_file
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.vocab import ActorKind, DemandCategory

__all__ = ["extract_demands"]

_ADDRESSING = re.compile(r"\b(?:urged|urges|urge|urging|pressed|pressing|presses|press|"
                         r"called on|calls on|call on|asked|asks|encouraged|encourages|"
                         r"demanded of|told|pushing|pushed)\s+$")
_CONDITION = re.compile(r"\bif\s+$")
_BROADER = {DemandCategory.TEMPORARY_CEASEFIRE: DemandCategory.PERMANENT_CEASEFIRE}


def _counterparts(dc: DocumentContext) -> dict[str, str]:
    """For each state or organization, the state or organization it is most often named
    with in the same sentence (its counterpart in the conflict or the talks)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for ctx in dc.sentences:
        ids = {a for m, a in ctx.acting() if m.kind is not ActorKind.PERSON}
        for a, b in combinations(sorted(ids), 2):
            pairs[(a, b)] += 1
            pairs[(b, a)] += 1
    best: dict[str, str] = {}
    for (a, b), _n in pairs.most_common():
        if a not in best:
            best[a] = b
    return best


def _side_of(dc: DocumentContext, actor_id: str) -> str | None:
    """The state or organization a person acts for."""
    actor = dc.table.get(actor_id)
    if actor is None or actor.kind is not ActorKind.PERSON:
        return actor_id
    for other in dc.table.actors:
        if other.kind is ActorKind.STATE and other.country == actor.country:
            return other.id
    return None


@attrs.frozen
class _Words:
    """The demand knowledge that `cues()` does not compile (``triggers.json``,
    ``demand``): how a cue addresses its target, modal and spoken cues, reporting
    verbs."""

    addressing: frozenset[str]
    addressing_only: frozenset[str]
    objects: frozenset[str]
    noun_use: frozenset[str]
    modal: frozenset[str]
    spoken: frozenset[str]
    not_demanding: tuple[str, ...]
    spokesperson: tuple[str, ...]


@cache
def _words() -> _Words:
    demand = load_data_file("triggers.json").get("demand", {})

    def words(key: str) -> list[str]:
        value = demand.get(key, [])
        return [w.lower() for w in value if isinstance(w, str) and w.strip()]

    return _Words(
        addressing=frozenset(words("addressing_cues")),
        addressing_only=frozenset(words("addressing_only_cues")),
        objects=frozenset(words("object_cues")),
        noun_use=frozenset(words("noun_use_before")),
        modal=frozenset(words("modal_cues")),
        spoken=frozenset(words("spoken_cues")),
        not_demanding=tuple(words("not_demanding_verbs")),
        spokesperson=tuple(words("spokesperson_titles")),
    )


_NO_CATEGORY = "none"


def _categories(ctx: SentenceContext, start: int, end: int) -> list[tuple[DemandCategory, Hit]]:
    cue = cues()
    blockers = ctx.find(cue.demand_blocker)
    found: list[tuple[DemandCategory, Hit]] = []
    for hit in ctx.find(cue.demand_category, start, end):
        if hit.label == _NO_CATEGORY:  # "humanitarian law": shadows a category word
            continue
        blocked = any(b.end <= hit.start and hit.start - b.end <= 25 for b in blockers)
        if blocked:
            continue
        category = DemandCategory(hit.label)
        if any(c == category for c, _ in found):
            continue
        found.append((category, hit))
    if not any(c is DemandCategory.PERMANENT_CEASEFIRE for c, _ in found):
        ending = _END_OF_WAR.search(ctx.lower, start, min(end, start + _END_REACH))
        if ending is not None and not any(
                b.end <= ending.start() and ending.start() - b.end <= 25 for b in blockers):
            found.append((DemandCategory.PERMANENT_CEASEFIRE,
                          Hit(ending.start(), ending.end(), ending.group(0),
                              DemandCategory.PERMANENT_CEASEFIRE.value)))
    cats = {c for c, _ in found}
    return [(c, h) for c, h in found if not (c in _BROADER and _BROADER[c] in cats)]


# "ending the Russia-Ukraine war", "end this war", "to end their civil war": an end to a
# war or a conflict named with up to three modifiers between
_END_OF_WAR = re.compile(r"\bend(?:s|ing)?\s+(?:to\s+)?(?:the|this|that|its|their|our)\s+"
                         r"(?:[\w'-]+\s+){0,3}?(?:war|conflict|fighting|hostilities)\b")
_END_REACH = 160


_RELATIVE_START = re.compile(r",\s+(?:which|who|whom|whose|where)\b")
_CLAUSE_START = re.compile(r"(?:^|[;:]|\bthat\b|,\s+(?:and|but|while|as)\b|\bsaid\b|"
                           r"\bsays\b|\baccording to [^,]*,|^(?:since|after|before|following|"
                           r"during|despite|amid|in|on|at|while|when|as|speaking|earlier|"
                           r"later|last|meanwhile|separately)\b[^,]{0,80},)")
# a noun cue in a prepositional phrase sets no condition: "on the condition of
# anonymity", "over the terms of the aid", "on equal terms", "with no conditions"
_AFTER_PREPOSITION = re.compile(r"\b(?:on|over|under|in|with|without|of|by|to|for|at|"
                                r"from|about)\s+(?:[\w-]+\s+){0,2}$")
_FOR_ITS_PART = re.compile(r"\bfor (?:its|their|his|her|our) part,?\s*$")
_PRONOUN_SUBJECT = re.compile(r"(?:^|[^\w'])(he|she|they|we|i)\]?\s+(?:(?:also|both|"
                              r"strongly|repeatedly|again|once|have|has|had|will|would|"
                              r"then|further|instead|now|plans to|planned to|plan to|"
                              r"intends to|intend to|is set to|is expected to|"
                              r"is going to)\s+){0,3}$")
_PRONOUN_AND = re.compile(r"(?:^|[^\w'])(?:he|she) and $")
_POSSESSIVE_PRONOUN = re.compile(r"(?<!for )\b(?:his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
_THAT = re.compile(r"\s*(?:,\s*)?that\b")
_BEFORE_ADDRESSEE = re.compile(r"\s*(?:that\s+)?(?:the\s+|all\s+)?")
_SUBJECT_GAP = re.compile(r"[\s\"\u201c\u201d]*")
_SUBJECT_REACH = 45  # characters from a speaker's name to "said" ("X, a minister, said")
_TITLE_REACH = 32  # characters after an organization's name that may hold a title
_WINDOW = 48  # characters looked at before a cue for a pronoun or a preposition
# "urged [the Haitian government on Monday] to act": up to six words, then "to" and a
# lower-case word (a verb, not "to Jeddah"); the first word is not a preposition
_ADDRESSEE_TO = re.compile(r"\s+([\w'.-]+)(?:\s+[\w'.-]+){0,5}?\s+[\"\u201c]?to\s+[a-z]")
_ADDRESSEE_REACH = 80
_NOT_ADDRESSEE = frozenset({"by", "for", "about", "if", "whether", "what", "how", "why",
                            "when", "where", "who", "whom", "in", "on", "at", "to", "from",
                            "with", "as", "during", "after", "before", "and", "or", "but"})
_NOUN_THING = re.compile(r"\s*(?::|(?:for|include|includes|included|is|are|was|were)\b)")
_AGREEMENT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord)\b")
_RELATIVE = re.compile(r"\b(?:where|who|whom|whose|which)\b")
_OBJECT_REACH = 90  # characters from the demander's name to the cue
_RENEWED = re.compile(r"\b(?:reiterated|reiterates|renewed|renews|repeated|repeats|"
                      r"restated|reaffirmed|reaffirms|made|makes|issued|issues|echoed|"
                      r"stepped up|voiced)\s+(?:its|his|her|their|our)\s+(?:[\w-]+\s+)?$")
_HYPOTHETICAL = re.compile(r"\b(?:to|would|could|might|may|can|help|helps|helped)\s+$")
_PROGRESSIVE = re.compile(r"(?:\b(?:is|are|was|were|been|be|now|also|still)|,)\s+$")
_WE_FIRST = re.compile(r"\s*\[?(?:we|i)\]?\s")
_LAST_WORD = re.compile(r"([\w'-]+)\s*$")
# the object of "called for", "seeking", "wants": a word or quotation, not a
# preposition, a conjunction or "to" ("seeks to", "asked by", "wanted, but")
_THING = re.compile(r"\s+[\"\u201c]?(?:that\b|(?!(?:to|by|in|on|at|from|about|with|if|"
                    r"whether|for|and|or|but|of|as|into|over|after|before|since|during|"
                    r"because|so|than|while|when|is|was|are|were|has|had|have|be|been|"
                    r"will|would|could|can|may|might|not|also)\b)[a-z0-9])")


def extract_demands(dc: DocumentContext) -> list[Demand]:
    """The demands of a document (see the module docstring)."""
    cue = cues()
    words = _words()
    counterpart = _counterparts(dc)
    seen: set[tuple[str, DemandCategory, str | None]] = set()
    demands: list[Demand] = []
    for ctx in dc.sentences_with(cue.demand_cue):
        hits = ctx.find(cue.demand_cue)
        if not hits:
            continue
        taken: set[tuple[str, DemandCategory]] = set()
        taken_any: set[DemandCategory] = set()
        for hit in hits:
            nxt = min([h.start for h in hits if h.start > hit.end] + [len(ctx.lower)])
            head = ctx.lower[max(0, hit.start - _WINDOW):hit.start]
            if hit.phrase in words.addressing_only and not _tells_an_actor_to(ctx, hit):
                continue  # "told reporters", not "told Ukraine to withdraw"
            noun = hit.phrase in cue.demand_noun
            if noun and _AFTER_PREPOSITION.search(head) and not _FOR_ITS_PART.search(
                    head) and not _ONE_OF.search(head):
                continue  # but "one of the key demands" is a demand
            if hit.phrase in _DESCRIBED and _DESCRIBING.search(head):
                continue  # "poses a threat to", "a great threat": a description
            if hit.phrase in _WISHES and _WISH_GUESSED.search(head):
                continue  # "they will want", "would want": a guess at a wish
            if noun:
                categories = _categories(ctx, 0, len(ctx.lower))
            else:
                categories = _categories(ctx, hit.end, max(nxt, min(len(ctx.lower),
                                                                     hit.end + 120)))
            named = bool(categories)  # a category word, though maybe taken already
            modal = hit.phrase in words.modal
            spoken = hit.phrase in words.spoken
            subject: str | None = None
            if modal or spoken:
                if modal:
                    if _not_demanding(ctx, hit, words):
                        continue
                    subject = _modal_subject(dc, ctx, hit, head)
                    if subject == "":
                        continue  # "we must": a commitment, not a demand
                speaker = _speaker(dc, ctx, hit, words)
                demanders = [speaker] if speaker is not None and speaker != subject else []
                fallback = (modal and subject is not None) or spoken
            else:
                owner = _noun_owner(ctx, hit) if noun else None
                demanders = [owner] if owner is not None else _demanders(
                    dc, ctx, hit, head, words)
                fallback = (hit.phrase in words.addressing and _addresses_a_clause(
                    ctx, hit, head, words)) or (hit.phrase in words.objects
                                  and _asks_for_a_thing(ctx, hit, head, words, noun=noun))
            if not demanders:
                continue
            # a category is taken per demander: "Washington's call for X and
            # Pyongyang's demand for Y" gives both sides their demand; but a noun cue,
            # which reads the whole sentence, does not take again what a cue took
            categories = [(c, w) for c, w in categories
                          if any((by, c) not in taken for by in demanders) and not (
                              noun and c is not DemandCategory.OTHER and c in taken_any)]
            if not categories:
                if named or not fallback or all(
                        (by, DemandCategory.OTHER) in taken for by in demanders):
                    continue
                categories = [(DemandCategory.OTHER, hit)]
            for category, word in categories:
                for by in demanders:
                    if (by, category) in taken:
                        continue
                    taken.add((by, category))
                    taken_any.add(category)
                    addressed = subject if subject is not None else _addressee(
                        ctx, hit, by, spoken=spoken)
                    if category is DemandCategory.DEFEAT_OF_ADVERSARY:
                        target = None
                    elif addressed is not None and addressed != by:
                        target = addressed
                    else:
                        side = _side_of(dc, by)
                        target = counterpart.get(side) if side else None
                        if target == by:
                            target = None
                    key = (by, category, target)
                    if key in seen:
                        continue
                    seen.add(key)
                    demands.append(Demand(
                        id=f"demand-{len(demands) + 1}", by=by, category=category,
                        addressed_to=target,
                        text=ctx.text[word.start:word.end],
                        evidence=(dc.sentence_evidence(ctx, rule=f"demand/{hit.phrase}"),),
                    ))
    return demands


_ONE_OF = re.compile(r"\bone of (?:the|its|his|her|their|our)\s+(?:[\w-]+\s+)?$")
_DESCRIBED = frozenset({"threat"})
_DESCRIBING = re.compile(r"\b(?:pose|poses|posed|posing|is|was|are|were|be|been|as|a|an|"
                         r"represents|represent|represented|constitutes|constitute|"
                         r"constituted|remains|remain)\s+(?:[\w-]+\s+)?$")
_WISHES = frozenset({"want", "wants", "wanted"})
_WISH_GUESSED = re.compile(r"\b(?:will|would|may|might|could|likely)\s+(?:also\s+)?$")
# "the demands of Hamas", "one of the key demands, as I understand from Ukraine,"
_OWNER_GAP = re.compile(r"\s*(?:,\s*(?:as\s+)?(?:[\w']+\s+){0,4}?)?(?:of|from|by)\s+"
                        r"(?:the\s+)?")
_OWNER_REACH = 48


def _noun_owner(ctx: SentenceContext, hit: Hit) -> str | None:
    """Whose demands "the demands of X" / "demands from X" / "demands, as I understand
    from X," are: the actor named right after the noun cue (a state after "from" is
    read as a place elsewhere, but here it is the side that asks)."""
    after = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= hit.end]
    if not after:
        return None
    m, actor_id = after[0]
    gap = ctx.lower[hit.end:ctx.local(m.start)]
    if len(gap) > _OWNER_REACH or _OWNER_GAP.fullmatch(gap) is None:
        return None
    return actor_id


def _not_demanding(ctx: SentenceContext, hit: Hit, words: _Words) -> bool:
    """ "should be able to", "must know that": a modal that asks nothing of anyone."""
    after = ctx.lower[hit.end:hit.end + 24].lstrip()
    return after.startswith(words.not_demanding)


def _modal_subject(dc: DocumentContext, ctx: SentenceContext, hit: Hit,
                   head: str) -> str | None:
    """Of whom "X must / should / needs to" asks something: the actor just before the
    modal (a pronoun resolved); None for "there must be"; "" where the subject is
    not an actor ("we" or "I": a commitment; "refugees who must be treated")."""
    before = ctx.acting(end=ctx.start + hit.start)
    if before:
        m, actor_id = before[-1]
        if _SUBJECT_GAP.fullmatch(ctx.lower[ctx.local(m.end):hit.start]):
            lead = ctx.lower[max(0, ctx.local(m.start) - _WINDOW):ctx.local(m.start)]
            if _AFTER_PREPOSITION.search(lead) and not any(  # "talks with China must"
                    0 <= m.start - d.end <= 2 for d in ctx.dates):  # not "said on Monday X"
                return ""
            return actor_id
    if head.endswith(("there ", "there also ")):
        return None  # "there must be a ceasefire": of nobody named
    pronoun = _PRONOUN_SUBJECT.search(head)
    if pronoun is None:
        return ""
    word = pronoun.group(1)
    if word in ("we", "i"):
        return ""
    resolved = _resolve(dc, ctx, word, hit.start - len(head) + pronoun.start(1),
                        same_sentence=True)
    return "" if resolved is None else resolved


def _addresses_a_clause(ctx: SentenceContext, hit: Hit, head: str, words: _Words) -> bool:
    """ "urged Russia to accept", "demanding that Washington change", "called on the
    warring parties to talk", "urged the Haitian government on Monday to act": the cue
    names someone and asks them to act, so the demand stands even when no category
    word says what about."""
    after = ctx.acting(start=ctx.start + hit.end)
    if after:
        m = after[0][0]
        gap = ctx.lower[hit.end:ctx.local(m.start)]
        if len(gap) <= 12 and _BEFORE_ADDRESSEE.fullmatch(gap) and _THAT.match(
                ctx.lower, hit.end) is not None:
            return True
    if _not_the_actors_verb(head, words):
        return False
    window = ctx.text[hit.end:hit.end + _ADDRESSEE_REACH]
    found = _ADDRESSEE_TO.match(window)
    return found is not None and found.group(1).lower() not in _NOT_ADDRESSEE and \
        _RELATIVE.search(found.group(0).lower()) is None


def _not_the_actors_verb(head: str, words: _Words) -> bool:
    """ "a call for", "a demanding partner": the cue is a noun or an adjective; "would
    seek", "help push for", "to seek": no one is asking for anything yet."""
    before = _LAST_WORD.search(head)
    return (before is not None and before.group(1) in words.noun_use) or \
        _HYPOTHETICAL.search(head) is not None


def _tells_an_actor_to(ctx: SentenceContext, hit: Hit) -> bool:
    """ "told Ukraine to withdraw": an actor right after the cue, then "to" and a verb."""
    after = ctx.acting(start=ctx.start + hit.end)
    if not after:
        return False
    m = after[0][0]
    gap = ctx.lower[hit.end:ctx.local(m.start)]
    return len(gap) <= 12 and _BEFORE_ADDRESSEE.fullmatch(gap) is not None and \
        _TO_VERB.match(ctx.text, ctx.local(m.end)) is not None


def _asks_for_a_thing(ctx: SentenceContext, hit: Hit, head: str, words: _Words, *,
                      noun: bool) -> bool:
    """ "called for the protection of civilians", "is seeking military assistance",
    "demanded that the attackers be punished", "X's demand is ...": a cue with a thing
    asked for as its object (not "seeks to", "asked by", "a call for", "wants, but",
    "to seek shelter", "wants a deal"), said by the subject of its own clause (not
    "the city, where the population sought refuge")."""
    if _not_the_actors_verb(head, words):
        return False
    if noun:
        if _NOUN_THING.match(ctx.lower, hit.end) is None and not (
                hit.phrase.startswith("demand") and _THAT.match(ctx.lower, hit.end)):
            return False  # "Hamas's demands went", "setting conditions that delay"
    elif _THING.match(ctx.lower, hit.end) is None:
        return False
    if _AGREEMENT.match(ctx.lower, hit.end) is not None:
        return False  # "wants a deal": a goal of talks, not a condition
    if _PRONOUN_SUBJECT.search(head):
        return True
    named = [m for m, _ in ctx.actors if m.usage != Usage.PLACE and m.end <= ctx.start + hit.start]
    if not named:
        return False
    gap = ctx.lower[ctx.local(named[-1].end):hit.start]
    if hit.phrase.split()[0].endswith("ing") and len(gap) > 3 and not _PROGRESSIVE.search(gap):
        return False  # "kidnappings by gangs seeking ransoms": the participle's noun asks
    return len(gap) <= _OBJECT_REACH and _RELATIVE.search(gap) is None


def _speaker(dc: DocumentContext, ctx: SentenceContext, hit: Hit,
             words: _Words) -> str | None:
    """Who voices the sentence: the source of "according to X", the subject of "X said"
    before the cue, or the actor of "..., X said" / "..., said X" after it."""
    according = ctx.lower.find("according to ")
    if according >= 0:
        after = [(m, a) for m, a in ctx.actors
                 if ctx.local(m.start) >= according + 13 and m.usage != Usage.PLACE]
        if after:
            return _spoken_for(dc, after[0][1], after[0][0])
    verbs = ctx.find(cues().demand_reporting)
    before = [v for v in verbs if v.end <= hit.start and not _quoted(ctx.lower[:v.start])]
    for verb in reversed(before):  # "X said", "X, while condemning ..., says"
        acting = [(m, a) for m, a in ctx.acting(end=ctx.start + verb.start)
                  if not ctx.lower.startswith(("'s", "' "), ctx.local(m.end))]
        if acting and verb.phrase.endswith("ing"):  # "X echoed this, saying ..."
            return _spoken_for(dc, acting[0][1], acting[0][0])
        if acting and verb.start - ctx.local(acting[-1][0].end) <= _SUBJECT_REACH:
            return _spoken_for(dc, acting[-1][1], acting[-1][0])
        pronoun = _PRONOUN_SUBJECT.search(ctx.lower[max(0, verb.start - _WINDOW):verb.start])
        if pronoun is not None and pronoun.group(1) in ("he", "she"):
            return _resolve(dc, ctx, pronoun.group(1), verb.start)
    if before:
        return None
    for verb in (v for v in verbs if v.start >= hit.end):
        mentions = [(m, a) for m, a in ctx.actors if m.usage != Usage.PLACE]
        for m, actor_id in mentions:  # "..., said Mawlawi Hibatullah Akhundzada"
            start = ctx.local(m.start)
            if 0 <= start - verb.end <= 25 and not re.search(r"[,.;\"\u201c\u201d]",
                                                            ctx.lower[verb.end:start]):
                return _spoken_for(dc, actor_id, m)
        for m, actor_id in reversed(mentions):  # "..., the Taliban spokesperson said"
            end = ctx.local(m.end)
            if 0 <= verb.start - end <= 40 and end > hit.end and not re.search(
                    r"[,.;\"\u201c\u201d]", ctx.lower[end:verb.start]):
                return _spoken_for(dc, actor_id, m)
        pronoun = _PRONOUN_SUBJECT.search(ctx.lower[max(0, verb.start - 8):verb.start])
        if pronoun is not None and pronoun.group(1) in ("he", "she"):
            return _resolve(dc, ctx, pronoun.group(1), verb.start)
        return None
    return None


def _quoted(text: str) -> bool:
    """Whether the end of ``text`` is inside a quotation."""
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def _spoken_for(dc: DocumentContext, actor_id: str, mention: ActorMention) -> str:
    """A spokesperson speaks for their side: the state of their country."""
    title = (mention.title or "").lower()
    actor = dc.table.get(actor_id)
    titles = [title] + ([r.title.lower() for r in actor.roles] if actor is not None else [])
    if mention.kind is not ActorKind.PERSON:  # "the foreign ministry spokesperson said"
        titles.append(dc.doc.lower[mention.end:mention.end + _TITLE_REACH])
    if any(word in t for t in titles for word in _words().spokesperson):
        return _state_of(dc, actor_id) or actor_id
    return actor_id


def _state_of(dc: DocumentContext, actor_id: str) -> str | None:
    """The state a person or organization belongs to, if the article names it."""
    actor = dc.table.get(actor_id)
    if actor is None or actor.kind is ActorKind.STATE:
        return actor_id if actor is not None else None
    for other in dc.table.actors:
        if other.kind is ActorKind.STATE and actor.country and other.country == actor.country:
            return other.id
    return None


def _resolve(dc: DocumentContext, ctx: SentenceContext, pronoun: str,
             before: int, *, same_sentence: bool = False) -> str | None:
    """The actor a subject pronoun stands for: the last person ("he", "she") or group or
    state ("they") named before it in this sentence, else the first named in the
    nearest sentence before that names one (up to five back for a person, one for a
    group)."""
    person = pronoun in ("he", "she")
    kinds = (ActorKind.PERSON,) if person else (ActorKind.STATE, ActorKind.ORGANIZATION)
    here = [a for m, a in ctx.acting(kinds=kinds, end=ctx.start + before)]
    if here:
        return here[-1]
    if same_sentence:
        return None
    index = ctx.sentence.index
    for back in range(1, 6 if person else 2):
        if index - back < 0:
            break
        earlier = dc.sentences[index - back].acting(kinds=kinds)
        if earlier:
            return earlier[0][1]
    return None


def _demanders(dc: DocumentContext, ctx: SentenceContext, hit: Hit, head: str,
               words: _Words) -> list[str]:
    """Who makes the demand: the possessor of "X's demands", the source of "according
    to X", else the subject of the clause the cue is in (with any actors coordinated
    with it: "Egyptian and US officials"); a subject pronoun is resolved ("she urged",
    "we urge" in a spokesperson's words: their state)."""
    poss = re.search(r"(\S+)'s?\s+(?:\w+\s+){0,2}$", ctx.lower[:hit.start])
    for m, actor_id in ctx.actors:
        if poss is not None and ctx.local(m.start) <= poss.start(1) < ctx.local(m.end) \
                and m.usage != "source":
            return [actor_id]
    according = re.search(r"according to ", ctx.lower[:hit.start])
    if according is not None:
        after = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= according.end()]
        if after:
            return [after[0][1]]
    if _POSSESSIVE_PRONOUN.search(head) and not _RENEWED.search(head):
        return []  # "their repeated calls": whose is not said here (but "X renewed its
        # call for": the subject's)
    pronoun = _PRONOUN_SUBJECT.search(head)
    start = ctx.lower[:hit.start]
    if pronoun is None and _quoted(start):  # "“We consider ... and strongly urge ...”"
        opening = max(start.rfind("\u201c"), start.rfind('"'))
        if _WE_FIRST.match(start, opening + 1) and not _CLAUSE_START.search(
                start, opening + 1):
            speaker = _speaker(dc, ctx, hit, words)
            return [_side_of(dc, speaker) or speaker] if speaker is not None else []
    hidden: list[tuple[int, int]] = []
    relative = _RELATIVE_START.search(start)
    if relative is not None:
        last_comma = start.rfind(",")
        if last_comma > relative.start():
            hidden.append((relative.start(), last_comma))
    starts = [m.end() for m in _CLAUSE_START.finditer(start)]
    acting = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start)
              if not any(lo <= ctx.local(m.start) < hi for lo, hi in hidden)
              and not _IN_PLACE.search(ctx.lower, max(0, ctx.local(m.start) - 16),
                                       ctx.local(m.start))]
    if pronoun is not None:
        at = hit.start - len(head) + pronoun.start(1)
        if not acting or ctx.local(acting[-1][0].end) <= at:
            word = pronoun.group(1)
            if word in ("we", "i"):
                speaker = _speaker(dc, ctx, hit, words)
                return [_side_of(dc, speaker) or speaker] if speaker is not None else []
            resolved = _resolve(dc, ctx, word, at)
            return [resolved] if resolved is not None else []
    for clause_start in sorted(starts, reverse=True):
        inside = [(m, a) for m, a in acting if ctx.local(m.start) >= clause_start]
        if inside:
            chosen = _coordinated(ctx, inside)
            if len(chosen) == 1:  # "a State Department spokesperson urged": the state
                chosen = [_spoken_for(dc, inside[0][1], inside[0][0])]
            first = ctx.local(inside[0][0].start)
            if _PRONOUN_AND.search(ctx.lower[max(0, first - 12):first]):
                resolved = _resolve_other(dc, ctx, chosen)  # "She and Lockyear urged"
                if resolved is not None:
                    chosen = [resolved, *chosen]
            return chosen
    return [acting[-1][1]] if acting else []


# "all groups in the country want": a place that qualifies the subject is not the one
# who asks
_IN_PLACE = re.compile(r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?$")


def _resolve_other(dc: DocumentContext, ctx: SentenceContext,
                   not_these: list[str]) -> str | None:
    """ "She and Lockyear urged": the last person named before, other than those the
    sentence names."""
    index = ctx.sentence.index
    for back in range(1, 4):
        if index - back < 0:
            break
        people = [a for _m, a in dc.sentences[index - back].acting(kinds=(ActorKind.PERSON,))
                  if a not in not_these]
        if people:
            return people[0]
    return None


def _coordinated(ctx: SentenceContext, mentions: list[tuple[ActorMention, str]]) -> list[str]:
    """The first mention and those joined to it by "and", "or" or commas."""
    chosen = [mentions[0][1]]
    last_end = mentions[0][0].end
    for m, actor_id in mentions[1:]:
        gap = ctx.lower[ctx.local(last_end):ctx.local(m.start)]
        if not re.fullmatch(r"\s*(?:,|and|or|,\s*and)?\s*(?:the\s+)?", gap):
            break
        if actor_id not in chosen:
            chosen.append(actor_id)
        last_end = m.end
    return chosen


def _addressee(ctx: SentenceContext, hit: Hit, by: str, *, spoken: bool = False,
              ) -> str | None:
    text = ctx.lower[:hit.start + len(hit.phrase)]
    if spoken:  # "it's time to stop Israel's attacks": the first actor named after
        named = [(m, a) for m, a in ctx.actors
                 if ctx.local(m.start) >= hit.end and a != by and m.usage != Usage.PLACE]
        return named[0][1] if named else None
    if _ADDRESSING.search(ctx.lower[:hit.end] + " ") or hit.phrase.startswith(
            ("urge", "press", "call on", "calls on", "called on", "calling on", "asked",
             "encourage", "appeal")):
        after = [(m, a) for m, a in ctx.acting(start=ctx.start + hit.end) if a != by]
        if after:
            return after[0][1]
    if hit.phrase.endswith("agrees to") or _CONDITION.search(text[:hit.start]):
        before = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start) if a != by]
        if before:
            return before[-1][1]
    return None
