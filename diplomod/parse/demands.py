"""Stage 5c: demands — conditions an actor sets or insists on.

A sentence with a demand cue ("demands", "called for", "urged X to", "insists on",
"pleaded with X to", "if Russia agrees to", "the goals of the war") gives one demand per
category its words name after the cue (a permanent or temporary ceasefire, withdrawal,
prisoner or hostage release, aid, ...; a named person freed is a prisoner released). A
cue that calls on a named actor to act ("urged Kosovo to", "demanded that Serbia ...",
"gave Russia 48 hours to") is a demand of category ``other`` when no category word says
what about; so is a cue whose object is the thing asked for ("called for the protection
of civilians", "is seeking military assistance", "X's condition is ...", "urged
restraint"), and a cue that calls on anyone to act ("urged all parties to"); not on
bystanders ("urged residents to stay indoors"), not an intention ("wants to", "seeks
to"), a noun ("a call for", "fueling hopes for") unless its demanders follow "by" ("a
call for a truce by Kenya and Uganda"), a hypothetical ("would seek", "would uphold the
truce and seek talks"), a question ("Will Russia call for a ceasefire?"), a market ("the
demand for oil") or a headline ("US Push for Peace Talks"). "have agreed to demand" and
"refuses to budge from his demands" are the subject's demands; a purpose is one ("attacks
to force Somalia to open talks", "with the aim of securing a lasting ceasefire"). Not
demands: an agreement ("agrees to a ceasefire", but "if Israel agrees to" is) and a
pledge of one's own act ("promised to provide aid"; only a war goal: "vowed to destroy").

Conditions are demands too, read from the clause of the condition:
- "until", "unless", "only if", "as long as", after a clause that is negated, refused,
  vowed or in the future ("will not halt its offensive until Ukraine withdraws", "attacks
  would continue until the siege is lifted"), but not a time ("until Friday", "until
  after the elections"), nor a condition on the subject's own side ("unless he had
  approval");
- "refuses to ... without / unless / before": what follows, not what is refused
  ("refuses to hold talks without a disarmament": no demand of talks);
- "set / made X (as) a condition", "conditioned X on Y", "X's precondition": the
  condition, not what it is for ("a condition for returning to the talks", "before any
  new talks", "its stance on denuclearization talks": phrases of purpose or topic).
- "if" after a clause of willingness ("still willing to meet if Washington changed its
  demeanor", "ready to resume talks if Cambodia withdraws"): the willing subject's.
"insisted that" is a demand only with a mandative clause ("insisted that Armenia amend
its constitution"), not a claim ("insisted that it had never violated the ceasefire").
A category word that only qualifies talks ("denuclearization talks") is their topic.

Who demands: the possessor of "X's demands", the agent of a passive ("Kosovo was pressed
by the EU to"; none if not said: "Hamas was urged to"), the source of "according to X",
else the nearest actor before the cue (a subject pronoun resolved: "she urged", "we urge"
in a speaker's words), else, for a condition, the speaker ("no ceasefire as long as ...,
Zelensky said"). Modal and spoken cues ("X must / should / needs to", "it is time to")
are demands of the speaker ("..., Y said", "Y made clear that X must"), of the modal's
subject. Of whom: the actor the cue addresses ("urged Zelensky to", "wants Ukraine to",
"until Ukraine withdraws", "if Russia agrees to"), nobody for a call on two at once
("urged Serbia and Kosovo to"), a people's state ("demanded that Americans"), one's
own state for "the government" ("“We urge the government to ...,” an opposition leader
said": the speaker's demand, not the state's), the state whose forces are to withdraw
("the withdrawal of France's forces"), else the actor's main counterpart in the article
(the state or organization it is most often named with; not a co-demander nor a body of
its own government), except for the defeat of an adversary, which is addressed to
nobody. A modal with a passive and no actor as subject ("the issue should be removed
from the agenda,” X said) is the speaker's demand of nobody named.

The words are data (``triggers.json``, ``demand``): cues and how each reads (addressing,
object, condition, refusal, mandative, modal, spoken, purpose, willingness, agreement,
commitment), category words (``none`` shadows a category word: "humanitarian law",
"military aid"), words that block a category after them ("break the ceasefire"), phrases
of purpose, verbs that set a condition, bystanders, goods of a market, verbs that keep a
demand, nouns a name modifies ("the Doha talks"), nouns of armed forces and of a
government's own bodies.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import combinations

import attrs

from diplomod.errors import KnowledgeBaseError
from diplomod.knowledge import default_knowledge_base
from diplomod.model import Actor, Demand
from diplomod.parse._words import lexicon, load_data_file
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.vocab import ActorKind, DemandCategory

__all__ = ["extract_demands"]

_CONDITION = re.compile(r"\bif\s+$")
_BROADER = {DemandCategory.TEMPORARY_CEASEFIRE: DemandCategory.PERMANENT_CEASEFIRE}


def _addresses(phrase: str) -> bool:
    """Whether a cue opens or ends with a verb that addresses whom it names next
    ("urged", "has pressed", "calls on"; lexicon.json ``addressing_verbs``)."""
    verbs = lexicon().addressing_verbs
    words = phrase.split()
    if words[-1:] == ["for"]:
        return False  # "pushing for a pause": what is asked for comes next, not whom
    return any(" ".join(part) in verbs for part in (words[:1], words[:2], words[-1:],
                                                     words[-2:]))


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
    ``demand``): how a cue addresses its target; modal, spoken, condition, refusal and
    mandative cues and the words their clauses need; phrases of purpose; verbs that set
    a condition; category patterns and objects that deny a category; bystanders; goods
    of a market."""

    addressing: frozenset[str]
    addressing_only: frozenset[str]
    objects: frozenset[str]
    noun_use: frozenset[str]
    modal: frozenset[str]
    spoken: frozenset[str]
    not_demanding: tuple[str, ...]
    spokesperson: tuple[str, ...]
    condition: frozenset[str]
    refusal: frozenset[str]
    negated: frozenset[str]
    refusal_condition: re.Pattern[str]
    mandative: frozenset[str]
    condition_main: re.Pattern[str]
    temporal_after: re.Pattern[str]
    passive: re.Pattern[str]
    purpose: re.Pattern[str]
    finite: frozenset[str]
    setting: re.Pattern[str]
    person_release: re.Pattern[str]
    market: re.Pattern[str]
    bystanders: frozenset[str]
    mandative_words: frozenset[str]
    participles: frozenset[str]
    outcome: re.Pattern[str]
    patterns: tuple[tuple[DemandCategory, re.Pattern[str]], ...]
    plural: re.Pattern[str]
    not_objects: dict[str, re.Pattern[str]]
    purpose_cues: frozenset[str]
    willing_cues: frozenset[str]
    willing: re.Pattern[str]
    agreement: frozenset[str]
    agreement_condition: re.Pattern[str]
    commitment: frozenset[str]
    commitment_categories: frozenset[DemandCategory]
    hopes: frozenset[str]
    holding: re.Pattern[str]
    yielding: re.Pattern[str]
    negation: re.Pattern[str]
    resolving: re.Pattern[str]
    modifier: re.Pattern[str]
    troop_nouns: re.Pattern[str]
    own_side: re.Pattern[str]


def _alternatives(phrases: list[str]) -> str:
    """A regular expression that matches any of ``phrases`` as whole words."""
    ordered = sorted(phrases, key=len, reverse=True) or ["(?!x)x"]
    return r"(?<![\w'-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])"


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
        condition=frozenset(words("condition_cues")),
        refusal=frozenset(words("refusal_cues")),
        negated=frozenset(words("negated_cues")),
        refusal_condition=re.compile(_alternatives(words("refusal_conditions"))),
        mandative=frozenset(words("mandative_cues")),
        condition_main=re.compile(_alternatives(words("condition_main_words"))),
        temporal_after=re.compile(r"\s*(?:" + _alternatives(words("condition_not_before"))
                                  + r"|\d)"),
        passive=re.compile(_alternatives(words("passive_auxiliaries"))
                           + r"\s+(?:[a-z]+ly\s+)?$"),
        purpose=re.compile(_alternatives(words("purpose_phrases"))),
        finite=frozenset(words("finite_verbs")),
        bystanders=frozenset(words("not_addressees")),
        mandative_words=frozenset(words("mandative_words")),
        participles=frozenset(words("irregular_participles")),
        patterns=_patterns(demand.get("category_patterns", {})),
        plural=re.compile(r"\s*(?:that\s+)?" + _alternatives(words("plural_addressees"))),
        not_objects={label: re.compile(r"\s+(?:[\w'-]+\s+){0,3}?" + _alternatives(
            [w.lower() for w in nouns if isinstance(w, str)]))
            for label, nouns in demand.get("category_objects_not", {}).items()
            if isinstance(nouns, list)},
        outcome=re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:not\s+)?"
                           r"(?:[a-z]+ed|[a-z]+en)\b|" + _alternatives(words("outcome_verbs"))),
        person_release=re.compile(_alternatives(words("person_release"))),
        market=re.compile(r"\s+for\s+(?:[\w-]+\s+)?" + _alternatives(words("market_goods"))),
        setting=re.compile(_alternatives(words("condition_setting_verbs"))
                           + r"\s+(?:[\w'-]+\s+)+?(?:as\s+)?(?:a|an|one|the)\s+(?:[\w-]+\s+)?$"),
        purpose_cues=frozenset(words("purpose_cues")),
        willing_cues=frozenset(words("willing_condition_cues")),
        willing=re.compile(_alternatives(words("willing_words"))),
        agreement=frozenset(words("agreement_cues")),
        agreement_condition=re.compile(_alternatives(words("agreement_condition_words"))),
        commitment=frozenset(words("commitment_cues")),
        commitment_categories=frozenset(DemandCategory(c) for c in words(
            "commitment_categories")),
        hopes=frozenset(words("hope_cues")),
        holding=re.compile(_alternatives(words("own_demand_holding")) + _OWN_NOUN),
        yielding=re.compile(_alternatives(words("own_demand_yielding")) + _OWN_NOUN),
        negation=re.compile(_alternatives(words("negation_words"))),
        resolving=re.compile(_alternatives(words("resolving_before")) + r"\s+$"),
        modifier=re.compile(r"\s+" + _alternatives(words("modifier_nouns"))),
        troop_nouns=re.compile(_alternatives(words("troop_nouns")) + r"\s*$"),
        own_side=re.compile(_alternatives(words("own_side_nouns"))),
    )


# "his demands", "its long-standing demand": a possessive pronoun, maybe an adjective
_OWN_NOUN = r"\s+(?:his|her|its|their|our)\s+(?:[\w-]+\s+)?$"


def _patterns(data: object) -> tuple[tuple[DemandCategory, re.Pattern[str]], ...]:
    """The ``category_patterns`` of ``triggers.json``, compiled.

    Raises:
        KnowledgeBaseError: a category is unknown or a pattern does not compile.
    """
    out: list[tuple[DemandCategory, re.Pattern[str]]] = []
    problems: list[str] = []
    for label, group in (data.items() if isinstance(data, dict) else []):
        for pattern in group if isinstance(group, list) else [group]:
            try:
                out.append((DemandCategory(label), re.compile(str(pattern))))
            except (ValueError, re.error) as error:
                problems.append(f"triggers.json: demand.category_patterns.{label}: {error}")
    if problems:
        raise KnowledgeBaseError(problems)
    return tuple(out)


_NO_CATEGORY = "none"


def _categories(ctx: SentenceContext, start: int, end: int, *,
                skip: int | None = None,
                own: bool = False) -> list[tuple[DemandCategory, Hit]]:
    """The categories named in ``start:end``, each once, but not those a blocker just
    before denies ("break the ceasefire") nor those in a phrase of purpose ("as a
    condition for talks", "before any new talks": what the condition is for). ``skip``
    is the start of a word that opens the span and blocks nothing ("refuses to talk
    without guarantees"); with ``own``, words before the span block nothing (the demand
    is another's than the subject's: "Ethiopia rejected a call for a truce by Kenya")."""
    cue = cues()
    blockers = [b for b in ctx.find(cue.demand_blocker) if b.start != skip
                and not (own and b.start < start)]
    purposes = _purposes(ctx, skip)
    found: list[tuple[DemandCategory, Hit]] = []
    for hit in ctx.find(cue.demand_category, start, end):
        if hit.label == _NO_CATEGORY:  # "humanitarian law": shadows a category word
            continue
        blocked = any(b.end <= hit.start and hit.start - b.end <= 25 for b in blockers)
        if blocked or any(lo <= hit.start < hi for lo, hi in purposes):
            continue
        not_object = _words().not_objects.get(hit.label)
        if not_object is not None and not_object.match(ctx.lower, hit.end):
            continue  # "dismantle its enrichment program": no adversary defeated
        category = DemandCategory(hit.label)
        if any(c == category for c, _ in found):
            continue
        found.append((category, hit))
    for category, pattern in _words().patterns:  # "end this war", "troops to leave"
        if any(c is category for c, _ in found):
            continue
        match = pattern.search(ctx.lower, start, min(end, start + _PATTERN_REACH))
        if match is not None and not any(
                b.end <= match.start() and match.start() - b.end <= 25 for b in blockers) \
                and not any(lo <= match.start() < hi for lo, hi in purposes):
            found.append((category, Hit(match.start(), match.end(), match.group(0),
                                        category.value)))
    if not any(c is DemandCategory.PRISONER_RELEASE or c is DemandCategory.HOSTAGE_RELEASE
               for c, _ in found):
        freed = _person_freed(ctx, start, end)
        if freed is not None and not any(
                b.end <= freed.start and freed.start - b.end <= 25 for b in blockers):
            found.append((DemandCategory.PRISONER_RELEASE, freed))
    cats = {c for c, _ in found}
    talks = [h for c, h in found if c is DemandCategory.NEGOTIATIONS]
    return [(c, h) for c, h in found if not (c in _BROADER and _BROADER[c] in cats)
            and not any(_TOPIC_GAP.fullmatch(ctx.lower[h.end:t.start]) for t in talks)]


def _person_freed(ctx: SentenceContext, start: int, end: int) -> Hit | None:
    """ "the release of Aung San Suu Kyi", "to free Imran Khan": a named person set free
    is a prisoner released (``person_release`` words, then the person)."""
    for m in _words().person_release.finditer(ctx.lower, start, end):
        for mention, _a in ctx.actors:
            at = ctx.local(mention.start)
            if mention.kind is ActorKind.PERSON and 0 <= at - m.end() <= 24 and \
                    _PERSON_GAP.fullmatch(ctx.lower[m.end():at]):
                return Hit(m.start(), m.end(), m.group(0),
                           DemandCategory.PRISONER_RELEASE.value)
    return None


# "release of [jailed opposition leader] X": up to three words of title between
_PERSON_GAP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}")


# "denuclearization talks", "ceasefire negotiations": a category word right before the
# talks is their topic, not a demand of its own
_TOPIC_GAP = re.compile(r"[\s-]{1,2}")


# where a phrase of purpose ends: a comma, a semicolon, the verb of the clause
_PURPOSE_END = re.compile(r"[,;]|\b(?:is|are|was|were|include|includes|included|remains)\b")


def _purposes(ctx: SentenceContext, skip: int | None) -> list[tuple[int, int]]:
    """The spans of the phrases of purpose of a sentence ("condition for [talks]",
    "before [any new talks]"), up to the end of their phrase."""
    spans = []
    for m in _words().purpose.finditer(ctx.lower):
        if m.start() == skip:
            continue
        end = _PURPOSE_END.search(ctx.lower, m.end())
        spans.append((m.end(), end.start() if end else len(ctx.lower)))
    return spans


# how far after a cue a category pattern is looked for
_PATTERN_REACH = 160


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
        if not hits or _QUESTION.search(ctx.text):
            continue  # "Will Russia call for a ceasefire?": asks, sets nothing
        taken: set[tuple[str, DemandCategory]] = set()
        taken_any: set[DemandCategory] = set()
        for hit in hits:
            nxt = min([h.start for h in hits if h.start > hit.end] + [len(ctx.lower)])
            # "demanded sanctions and called on the council to order a withdrawal": the
            # words of the second verb are its own
            reach = nxt if _COORDINATED_CUE.search(ctx.lower, hit.end, nxt) else None
            head = ctx.lower[max(0, hit.start - _WINDOW):hit.start]
            if hit.phrase in words.addressing_only and not _tells_an_actor_to(ctx, hit):
                continue  # "told reporters", not "told Ukraine to withdraw"
            if _in_headline(ctx, hit):
                continue  # "US Push for Peace Talks": a title line, no one asks
            if hit.phrase in words.agreement and not words.agreement_condition.search(
                    _CLAUSE_BREAK.split(ctx.lower[:hit.start])[-1]):
                continue  # "Thailand agrees to a ceasefire": an agreement, not "if X agrees"
            if hit.phrase in words.hopes and _not_the_actors_verb(head, words):
                continue  # "fueling hopes for an end to the war": nobody hopes aloud
            if _UNDER_MODAL.search(head) and not hit.phrase.split()[0].endswith(
                    ("ed", "s", "ing")):
                continue  # "would uphold the truce and seek talks": a pledge of its own
            resolved_act = words.resolving.search(head) is not None  # "agreed to demand"
            own = _holds_own_demand(ctx, hit, head, words)  # "refuses to budge from his"
            noun = hit.phrase in cue.demand_noun and not resolved_act
            if noun and _after_preposition(ctx, hit, head) and not _FOR_ITS_PART.search(
                    head) and not _ONE_OF.search(head) and not own:
                continue  # but "one of the key demands" is a demand
            if hit.phrase in _DESCRIBED and _DESCRIBING.search(head):
                continue  # "poses a threat to", "a great threat": a description
            if hit.phrase in _WISHES and _WISH_GUESSED.search(head):
                continue  # "they will want", "would want": a guess at a wish
            if noun and words.market.match(ctx.lower, hit.end):
                continue  # "Ukraine's demand for electricity": a market's demand
            scope = _scope(ctx, hit, words)
            if scope is None:
                continue  # "will not", "until Monday": no condition set
            start, skip, conditional = scope
            passive = _passive(ctx, hit, head, words)
            if passive is not None and passive[0] is None:
                continue  # "Hamas was urged to": by whom, the sentence does not say
            agents = _noun_agents(ctx, hit, head, words) if passive is None else None
            if agents is not None:  # "a call for a truce by Kenya and Uganda"
                categories = _categories(ctx, hit.end, agents[0], own=True)
            elif noun:
                categories = _categories(ctx, *_noun_span(ctx, hit))
            else:
                categories = _categories(ctx, start, reach or max(nxt, min(
                    len(ctx.lower), start + 120)), skip=skip)
            if hit.phrase in words.commitment:  # "promised to provide aid": its own act
                categories = [(c, w) for c, w in categories
                              if c in words.commitment_categories]
                if not categories:
                    continue
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
                fallback = (modal and (subject is not None or _PASSIVE_MODAL.match(
                    ctx.lower, hit.end) is not None)) or spoken
            else:
                owner = _noun_owner(ctx, hit) if noun else passive[0] if passive else None
                if agents is not None:
                    demanders = agents[1]
                elif owner is not None:
                    demanders = [owner]
                elif hit.phrase in words.willing_cues:  # "Kim was willing to meet ... if"
                    willing = _willing(ctx, hit, words)
                    demanders = _demanders(dc, ctx, willing, ctx.lower[
                        max(0, willing.start - _WINDOW):willing.start], words) \
                        if willing is not None else []
                else:
                    demanders = _demanders(dc, ctx, hit, head, words, own=own)
                fallback = conditional or (hit.phrase in words.addressing and (
                    passive is not None or _addresses_a_clause(ctx, hit, head, words))) or (
                    hit.phrase in words.objects
                    and _asks_for_a_thing(ctx, hit, head, words, noun=noun))
                if passive is not None:
                    subject = passive[1]
            if not demanders and conditional:  # "no ceasefire as long as ..., X said"
                speaker = _speaker(dc, ctx, hit, words)
                demanders = [speaker] if speaker is not None else []
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
                        ctx, hit, by, words, spoken=spoken)
                    if addressed is None:  # "demanded that Americans", "of France's forces"
                        addressed = _demonym_addressee(dc, ctx, hit, words) or \
                            _government_state(dc, ctx, hit, by) or (
                            _whose_troops(dc, ctx, word, words)
                            if category is DemandCategory.TROOP_WITHDRAWAL else None)
                    if category is DemandCategory.DEFEAT_OF_ADVERSARY or addressed == "":
                        target = None  # a war goal; or a call on two sides at once
                    elif addressed is not None and addressed != by:
                        target = _troops_state(dc, addressed, words)
                    else:
                        side = _side_of(dc, by)
                        target = counterpart.get(side) if side else None
                        if target in demanders or (target is not None and _same_side(
                                dc, by, target, words)):
                            target = None  # not a co-demander, not its own ministry
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


# "..., and called on", "... and urged": a second verb of the same subject
_COORDINATED_CUE = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?$")
# a question: "Will Russia call for a ceasefire?"
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019]*$")
_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")


_CLAUSE_PUNCTUATION = re.compile(r"[,;:\u201c\u201d\"]")


def _noun_span(ctx: SentenceContext, hit: Hit) -> tuple[int, int]:
    """Where the words of a noun cue's demand are: from the start of its clause ("set
    the lifting of sanctions as a condition") to the verb that says what became of it
    ("Kyiv's insistence on a withdrawal [has stalled the talks]", "was rejected",
    "went unheeded": ``outcome_verbs``)."""
    starts = [m.end() for m in _CLAUSE_PUNCTUATION.finditer(ctx.lower, 0, hit.start)]
    start = starts[-1] if starts else 0
    stop = _words().outcome.search(ctx.lower, hit.end)
    return start, stop.start() if stop else len(ctx.lower)


def _scope(ctx: SentenceContext, hit: Hit, words: _Words) -> tuple[int, int | None, bool] | None:
    """Where the words of a demand start, the start of a word there that blocks nothing,
    and whether the cue sets a condition (a demand of "other" if no word names one);
    None if the cue demands nothing.

    - "until", "unless", "as long as": a condition when the clause before is negated,
      refused or in the future ("will not halt its offensive until", "attacks would
      continue until"), not a time ("until Monday", "until further notice");
    - "refuses to", "will not": a demand only of what follows "without", "unless",
      "before" ("refuses to hold talks without a disarmament"), not of what is refused;
    - "insisted that": a demand only with a mandative clause ("insisted that Armenia
      amend", "that the attackers be punished"), not a claim ("that it was innocent").
    """
    if hit.phrase in words.condition:
        clause = _CLAUSE_BREAK.split(ctx.lower[:hit.start])[-1]
        if words.condition_main.search(clause) is None or words.temporal_after.match(
                ctx.lower, hit.end) or any(0 <= d.start - ctx.start - hit.end <= 5
                                           for d in ctx.dates):
            return None
        return hit.end, None, _SELF_SUBJECT.match(ctx.lower, hit.end) is None
    if hit.phrase in words.willing_cues:  # "still willing to meet Trump if ..."
        if _willing(ctx, hit, words) is None:
            return None
        return hit.end, None, _SELF_SUBJECT.match(ctx.lower, hit.end) is None
    if hit.phrase in words.refusal or hit.phrase in words.negated:
        stop = _CLAUSE_BREAK.search(ctx.lower, hit.end)
        found = words.refusal_condition.search(ctx.lower, hit.end,
                                               stop.start() if stop else len(ctx.lower))
        if found is None:
            return None
        return found.end(), found.start(), hit.phrase in words.refusal
    if hit.phrase in words.mandative and not _mandative(ctx, hit, words):
        return None
    return hit.end, None, False


# "would not attend unless he had approval": a condition on the subject's own side
_SELF_SUBJECT = re.compile(r"\s+(?:he|she|it|they|we|i)\b")
# where a clause ends, for the clause of a condition
_CLAUSE_BREAK = re.compile(r"[,;:\u201c\u201d\"]|\b(?:said|says|and|but)\b")
_WORD = re.compile(r"[\w'-]+")


def _mandative(ctx: SentenceContext, hit: Hit, words: _Words) -> bool:
    """ "insisted that Armenia amend its constitution", "that the attackers be punished",
    "that Russia must withdraw": the clause after the cue asks for something (its verb
    is bare or a modal), it does not state a fact ("that he was innocent")."""
    after = _WORD.findall(ctx.lower[hit.end:hit.end + 80])[:8]
    if any(w in words.mandative_words for w in after):
        return True
    subject_end: int | None = None
    acting = ctx.acting(start=ctx.start + hit.end)
    if acting:
        m = acting[0][0]
        gap = ctx.lower[hit.end:ctx.local(m.start)]
        if len(gap) <= 12 and _BEFORE_ADDRESSEE.fullmatch(gap) is not None:
            subject_end = ctx.local(m.end)
    if subject_end is None:  # a name the actors stage did not take: "that Washington"
        name = _NAMED_SUBJECT.match(ctx.text, hit.end)
        if name is None or name.group(0).endswith(("'s", "\u2019s")):
            return False  # not "that Ukraine's army remained"
        subject_end = name.end()
    verb = _WORD.findall(ctx.lower[subject_end:subject_end + 30])[:1]
    return bool(verb) and verb[0] not in words.finite and not verb[0].endswith("ed") and \
        not (verb[0].endswith("s") and not verb[0].endswith("ss"))


# "that Washington", "that the Kremlin": a proper name as the subject of a clause
_NAMED_SUBJECT = re.compile(r"\s*(?:,\s*)?that\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}")


def _passive(ctx: SentenceContext, hit: Hit, head: str,
             words: _Words) -> tuple[str | None, str | None] | None:
    """ "Kosovo was pressed by the EU to withdraw": a passive cue, with the actor of its
    "by" (who demands; None where not said: "Hamas was urged to") and its subject (of
    whom); None if the cue is not passive."""
    verb = hit.phrase.split()[0]
    if not (verb.endswith("ed") or verb in words.participles) or \
            words.passive.search(head) is None:
        return None
    before = ctx.acting(end=ctx.start + hit.start)
    subject = before[-1][1] if before else None
    agent = _AGENT.match(ctx.lower, hit.end)
    if agent is None:
        return None, subject
    after = [(m, a) for m, a in ctx.actors
             if ctx.local(m.start) == agent.end() and m.usage != Usage.PLACE]
    return (after[0][1] if after else None), subject


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


def _after_preposition(ctx: SentenceContext, hit: Hit, head: str) -> bool:
    """ "on the condition of anonymity", "over the terms of": a noun cue in a
    prepositional phrase; not after a date ("on Monday rejected calls by")."""
    found = _AFTER_PREPOSITION.search(head)
    if found is None:
        return False
    at = ctx.start + hit.start - len(head) + found.start()
    return not any(at <= d.start < ctx.start + hit.start for d in ctx.dates)


def _noun_owner(ctx: SentenceContext, hit: Hit) -> str | None:
    """Whose demands "the demands of X" / "demands from X" / "demands, as I understand
    from X," are: the actor named right after the noun cue (a state after "from" is
    read as a place elsewhere, but here it is the side that asks)."""
    after = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= hit.end]
    if not after:
        return None
    m, actor_id = after[0]
    gap = ctx.lower[hit.end:ctx.local(m.start)]
    if hit.phrase.endswith((" by", " from")):  # "calls by the African Union for"
        return actor_id if _BEFORE_ADDRESSEE.fullmatch(gap) else None
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
    modal (a pronoun resolved); None for "there must be" and for a thing to be done
    ("the issue should be removed from the agenda"); "" where the subject is not an
    actor ("we" or "I": a commitment; "refugees who must be treated")."""
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
    if pronoun is None:  # "the issue “should be removed from the agenda”": of nobody named
        passive = _PASSIVE_MODAL.match(ctx.lower, hit.end) is not None
        return None if passive and _RELATIVE.search(head) is None else ""
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
    if _THAT.match(ctx.lower, hit.end) and _mandative(ctx, hit, words):
        return True  # "demanding that Washington change its stance"
    if _not_the_actors_verb(head, words):
        return False
    window = ctx.text[hit.end:hit.end + _ADDRESSEE_REACH]
    found = _ADDRESSEE_TO.match(window)
    return found is not None and found.group(1).lower() not in _NOT_ADDRESSEE and \
        found.group(1).lower() not in words.bystanders and \
        _RELATIVE.search(found.group(0).lower()) is None


def _not_the_actors_verb(head: str, words: _Words) -> bool:
    """ "a call for", "a demanding partner": the cue is a noun or an adjective; "would
    seek", "help push for", "to seek": no one is asking for anything yet."""
    before = _LAST_WORD.search(head)
    return (before is not None and before.group(1) in words.noun_use) or (
        _HYPOTHETICAL.search(head) is not None and words.resolving.search(head) is None)


def _tells_an_actor_to(ctx: SentenceContext, hit: Hit) -> bool:
    """ "told Ukraine to withdraw", "gave Russia 48 hours to agree", "gave Armenia until
    Friday to withdraw": an actor right after the cue, maybe a deadline, then "to" and a
    verb."""
    after = ctx.acting(start=ctx.start + hit.end)
    if not after:
        return False
    m = after[0][0]
    gap = ctx.lower[hit.end:ctx.local(m.start)]
    if len(gap) > 12 or _BEFORE_ADDRESSEE.fullmatch(gap) is None:
        return False
    deadline = _DEADLINE.match(ctx.lower, ctx.local(m.end))
    return _TO_VERB.match(ctx.text, deadline.end() if deadline else ctx.local(m.end)) is not None


# a deadline between an addressee and what it is told to do: "until Friday", "48 hours"
_DEADLINE = re.compile(r"\s+(?:(?:until|till|by)\s+[\w-]+(?:\s+(?!to\b)[\w-]+)?|"
                       r"(?:\d+|an?|one|two|three|four|five|six|seven|ten|[a-z]+-\w+)\s+"
                       r"(?:more\s+)?(?:hours?|days?|weeks?|months?))")


def _asks_for_a_thing(ctx: SentenceContext, hit: Hit, head: str, words: _Words, *,
                      noun: bool) -> bool:
    """ "called for the protection of civilians", "is seeking military assistance",
    "demanded that the attackers be punished", "X's demand is ...": a cue with a thing
    asked for as its object (not "seeks to", "asked by", "a call for", "wants, but",
    "to seek shelter", "wants a deal"), said by the subject of its own clause (not
    "the city, where the population sought refuge")."""
    if noun and words.setting.search(_CLAUSE_PUNCTUATION.split(ctx.lower[:hit.start])[-1]):
        return True  # "set the lifting of sanctions as a condition", "made X a condition"
    if _not_the_actors_verb(head, words):
        return False
    if noun:
        if _NOUN_THING.match(ctx.lower, hit.end) is None and not (
                hit.phrase.startswith("demand") and _THAT.match(ctx.lower, hit.end)):
            return False  # "Hamas's demands went", "setting conditions that delay"
    elif _THING.match(ctx.lower, hit.end) is None or _first_word(ctx, hit.end) in \
            words.bystanders:
        return False  # not "seeks to", "urged residents to stay in shelters"
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


def _first_word(ctx: SentenceContext, at: int) -> str:
    found = _WORD.search(ctx.lower, at)
    return found.group(0) if found else ""


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
               words: _Words, *, own: bool = False) -> list[str]:
    """Who makes the demand: the possessor of "X's demands", the source of "according
    to X", else the subject of the clause the cue is in (with any actors coordinated
    with it: "Egyptian and US officials"); a subject pronoun is resolved ("she urged",
    "we urge" in a spokesperson's words: their state, but not when it is the state
    urged: "“We urge the government to ...,” an opposition leader said"); with ``own``
    the possessor of "his demands" is the subject ("refuses to budge from his demands");
    a name that modifies a meeting ("the Doha talks") is no subject."""
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
    if _POSSESSIVE_PRONOUN.search(head) and not _RENEWED.search(head) and not own and not (
            hit.phrase.split()[0].endswith("ed")  # "its allies called for": a verb
            or hit.phrase in words.condition  # "lay down its arms unless"
            or hit.phrase in words.purpose_cues):  # "stepped up its attacks to force"
        return []  # "their repeated calls": whose is not said here (but "X renewed its
        # call for": the subject's)
    pronoun = _PRONOUN_SUBJECT.search(head)
    start = ctx.lower[:hit.start]
    if pronoun is None and _quoted(start):  # "“We consider ... and strongly urge ...”"
        opening = max(start.rfind("\u201c"), start.rfind('"'))
        if _WE_FIRST.match(start, opening + 1) and not _CLAUSE_START.search(
                start, opening + 1):
            speaker = _speaker(dc, ctx, hit, words)
            return [_voiced(dc, ctx, hit, speaker, words)] if speaker is not None else []
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
                                       ctx.local(m.start))
              and not words.modifier.match(ctx.lower, ctx.local(m.end))]
    if pronoun is not None:
        at = hit.start - len(head) + pronoun.start(1)
        if not acting or ctx.local(acting[-1][0].end) <= at:
            word = pronoun.group(1)
            if word in ("we", "i"):
                speaker = _speaker(dc, ctx, hit, words)
                return [_voiced(dc, ctx, hit, speaker, words)] if speaker is not None else []
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


_PASSIVE_AFTER = re.compile(r"\s+(?:is|are|was|were|be|been|has been|have been)\b")
_JOINED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?")


def _joined(ctx: SentenceContext, mention: ActorMention) -> bool:
    """Whether another actor is joined to ``mention`` by "and", "or" or a comma
    ("Ethiopia and Eritrea")."""
    for m, _a in ctx.actors:
        if m.start >= mention.end and m.usage != Usage.PLACE:
            return _JOINED.fullmatch(ctx.lower[ctx.local(mention.end):ctx.local(m.start)]) \
                is not None
    return False


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


def _addressee(ctx: SentenceContext, hit: Hit, by: str, words: _Words, *,
               spoken: bool = False) -> str | None:
    """Of whom a demand is made: the actor the cue addresses ("urged Zelensky to",
    "demanded that Serbia", "wants Ukraine to", "until Ukraine withdraws", "if Russia
    agrees to"); "" for a call on two actors at once ("urged Serbia and Kosovo to");
    None where the sentence does not say."""
    text = ctx.lower[:hit.start + len(hit.phrase)]
    if spoken:  # "it's time to stop Israel's attacks": the first actor named after
        named = [(m, a) for m, a in ctx.actors
                 if ctx.local(m.start) >= hit.end and a != by and m.usage != Usage.PLACE]
        return named[0][1] if named else None
    if hit.phrase in words.addressing and words.plural.match(ctx.lower, hit.end):
        return ""  # "urged both sides to": the two parties, no one actor
    after = [(m, a) for m, a in ctx.acting(start=ctx.start + hit.end) if a != by]
    if after and (hit.phrase in words.addressing or hit.phrase in words.condition
                  or hit.phrase in words.willing_cues):
        m, actor_id = after[0]
        gap = ctx.lower[hit.end:ctx.local(m.start)]
        if len(gap) <= 12 and _BEFORE_ADDRESSEE.fullmatch(gap) and not (
                hit.phrase not in words.addressing and _PASSIVE_AFTER.match(
                    ctx.lower, ctx.local(m.end))):  # not "until the FDLR is disarmed"
            return "" if _joined(ctx, m) else actor_id
    if after and _addresses(hit.phrase):
        return "" if _joined(ctx, after[0][0]) else after[0][1]
    if hit.phrase.endswith("agrees to") or _CONDITION.search(text[:hit.start]):
        before = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start) if a != by]
        if before:
            return before[-1][1]
    return None


def _voiced(dc: DocumentContext, ctx: SentenceContext, hit: Hit, speaker: str,
            words: _Words) -> str:
    """Who "we urge" in a speaker's words stands for: the speaker's state, unless that
    state is the one urged ("“We urge the government to ...,” an opposition leader
    said": the speaker, of the government's state)."""
    side = _side_of(dc, speaker) or speaker
    if side != speaker and _addressee(ctx, hit, speaker, words) is None and \
            _GOVERNMENT.match(ctx.lower, hit.end):
        return speaker
    return side


# "urge the government to", "urged the authorities to": one's own state addressed
_GOVERNMENT = re.compile(r"\s+(?:the\s+)?(?:government|authorities|administration|"
                         r"state)\b")


def _government_state(dc: DocumentContext, ctx: SentenceContext, hit: Hit,
                      by: str) -> str | None:
    """ "urge the government to ...": the state of the speaker's country."""
    if _GOVERNMENT.match(ctx.lower, hit.end) is None:
        return None
    return _state_of(dc, by)


# a title line: capitalized words and small words only, with no final stop
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "at", "and",
                          "or", "with", "as", "by", "from", "over", "amid", "vs"})
_TITLE_WORD = re.compile(r"[\w'\u2019.-]+")


def _in_headline(ctx: SentenceContext, hit: Hit) -> bool:
    """ "US Push for Peace Talks": the cue is on a line of capitalized words without a
    stop (a headline or a subheadline), which states no one's demand."""
    start = ctx.text.rfind("\n", 0, hit.start) + 1
    end = ctx.text.find("\n", hit.end)
    line = ctx.text[start:end if end >= 0 else len(ctx.text)].strip()
    found = _TITLE_WORD.findall(line)
    if len(found) < 2 or line.endswith((".", "\"", "\u201d", "!")):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS
               for w in found)


# "would uphold the truce and seek talks": a bare verb joined to a modal's verb
_UNDER_MODAL = re.compile(r"\b(?:would|will|shall|'ll|could|might)\s+(?:not\s+)?[a-z]+"
                          r"(?:\s+[\w'-]+){0,5}?\s+(?:and|or)\s+$")
# "should be removed from the agenda": a modal with a passive asks for something done
_PASSIVE_MODAL = re.compile(r"\s+(?:not\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def _holds_own_demand(ctx: SentenceContext, hit: Hit, head: str, words: _Words) -> bool:
    """ "stuck to its demand", "refuses to budge from his demands": the subject keeps its
    own demand (a yielding verb only when refused or negated)."""
    if hit.phrase not in cues().demand_noun:
        return False
    if words.holding.search(head):
        return True
    found = words.yielding.search(head)
    if found is None:
        return False
    clause = _CLAUSE_BREAK.split(ctx.lower[:hit.start - len(head) + found.start()])[-1]
    return words.negation.search(clause[-40:]) is not None


# the end of a noun phrase that holds "by X": a comma, a semicolon, a verb of outcome
_AGENT_STOP = re.compile(r"[,;:]")


def _noun_agents(ctx: SentenceContext, hit: Hit, head: str,
                 words: _Words) -> tuple[int, list[str]] | None:
    """ "a call for a truce by Kenya and Uganda": a cue used as a noun whose demanders
    follow "by" in its phrase; where "by" is, and the actors joined there."""
    before = _LAST_WORD.search(head)
    if before is None or before.group(1) not in words.noun_use or \
            hit.phrase not in words.objects or hit.phrase.endswith((" by", " from")):
        return None
    stop = _AGENT_STOP.search(ctx.lower, hit.end)
    outcome = words.outcome.search(ctx.lower, hit.end)
    end = min(stop.start() if stop else len(ctx.lower),
              outcome.start() if outcome else len(ctx.lower))
    for by in _BY.finditer(ctx.lower, hit.end, end):
        after = [(m, a) for m, a in ctx.actors
                 if ctx.local(m.start) == by.end() and m.usage != Usage.PLACE]
        if after:
            rest = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= by.end()
                    and m.usage != Usage.PLACE]
            return by.start(), _coordinated(ctx, rest)
    return None


_BY = re.compile(r"\bby\s+(?:the\s+)?")


def _willing(ctx: SentenceContext, hit: Hit, words: _Words) -> Hit | None:
    """The word of willingness in the clause before a conditional "if" ("still willing
    to meet ... if", "is ready to resume talks if"), None if there is none."""
    clause_start = max([m.end() for m in re.finditer(r"[;:]|\bsaid\b|\bsays\b",
                                                      ctx.lower[:hit.start])] + [0])
    found = list(words.willing.finditer(ctx.lower, clause_start, hit.start))
    if not found:
        return None
    m = found[-1]
    return Hit(m.start(), m.end(), m.group(0), "")


# "demanded that Americans should not": a people standing for its state
_DEMONYM = re.compile(r"\s*(?:,\s*)?(?:that\s+)?(?:the\s+)?([A-Z][\w-]+)")


def _demonym_addressee(dc: DocumentContext, ctx: SentenceContext, hit: Hit,
                       words: _Words) -> str | None:
    """The state of a people named right after an addressing cue ("demanded that
    Americans should not interfere": the United States), if the article names it."""
    if hit.phrase not in words.addressing:
        return None
    found = _DEMONYM.match(ctx.text, hit.end)
    if found is None:
        return None
    name = found.group(1)
    for state in default_knowledge_base().states.values():
        if name in state.demonyms:
            for actor in dc.table.actors:
                if actor.kind is ActorKind.STATE and actor.country == state.alpha3:
                    return actor.id
    return None


# "withdrawal of [all] [the] France's forces"
_OF_TROOPS = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?")


def _whose_troops(dc: DocumentContext, ctx: SentenceContext, word: Hit,
                  words: _Words) -> str | None:
    """ "the withdrawal of France's forces": the side whose forces are to withdraw."""
    found = _OF_TROOPS.match(ctx.lower, word.end)
    if found is None:
        return None
    for m, actor_id in ctx.actors:
        if ctx.local(m.start) == found.end() and m.usage != Usage.PLACE:
            return _troops_state(dc, actor_id, words)
    return None


def _troops_state(dc: DocumentContext, actor_id: str, words: _Words) -> str:
    """An armed force named as an organization ("Russia's troops") stands for its state
    where the article names the state."""
    actor = dc.table.get(actor_id)
    if actor is None or actor.kind is not ActorKind.ORGANIZATION or \
            words.troop_nouns.search(actor.name.lower()) is None:
        return actor_id
    return _state_of(dc, actor_id) or actor_id


def _same_side(dc: DocumentContext, one: str, other: str, words: _Words) -> bool:
    """Whether one of two actors of the same country is a body of its government
    ("China" and "Chinese Foreign Ministry"; not "Ethiopia" and "TPLF")."""
    a, b = dc.table.get(one), dc.table.get(other)
    if a is None or b is None or a.country is None or a.country != b.country:
        return False
    return _government_body(a, words) or _government_body(b, words)


def _government_body(actor: Actor, words: _Words) -> bool:
    if actor.kind is not ActorKind.ORGANIZATION:
        return False
    entry = default_knowledge_base().organizations.get(actor.kb_id or "")
    if entry is not None and entry.type in ("ministry", "government_body"):
        return True
    return words.own_side.search(actor.name.lower()) is not None
