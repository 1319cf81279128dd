"""Score a predicted report against a gold one, with the matching rules of the gold
format (the gold format page of the docs (``docs/gold-format.md``), "How a scorer matches").

- actors: persons, organizations and states separately; a predicted actor matches a
  gold one when their names agree after case, accents, hyphens and honorifics are
  folded, or when the predicted name is one of the gold aliases;
- meetings: same date and same location; then participant F1 on matched pairs;
- proposals: same number of phases and the same phase durations, or the same name;
- demands: same ``by`` (actor match) and same category;
- casualty claims: same kind and same count; then ``claimed_by`` agreement.

Each pairing is one-to-one (a maximum bipartite matching). Every type gets precision,
recall and F1; the headline is the mean F1 over the five types.

>>> from diplomod import Report
>>> gold = Report.from_gold("seeds/gold/003_8007d8b7ad854ea8.json")  # doctest: +SKIP
>>> score_reports(gold, gold).mean_f1  # doctest: +SKIP
1.0
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from diplomod.model import Report

__all__ = ["TYPES", "Counts", "Scores", "fold", "match_pairs", "score_reports"]

T = TypeVar("T")
U = TypeVar("U")

#: The five scored types, in report order.
TYPES = ("actors", "meetings", "proposals", "demands", "casualty_claims")

_HONORIFICS = re.compile(
    r"^(?:sheikh|sheikha|sheik|mr|mrs|ms|dr|sir|president|prime minister|king|queen|emir|"
    r"prince|crown prince|gen|general|maj gen|lt gen|brig gen|col|his excellency|"
    r"ayatollah|imam)\s+")


def fold(name: str | None) -> str:
    """A name folded for comparison: case, accents, hyphens, periods, honorifics."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("-", " ").replace(".", "").replace("’", "'")
    plain = " ".join(plain.split())
    while True:
        stripped = _HONORIFICS.sub("", plain)
        if stripped == plain:
            return plain
        plain = stripped


@attrs.define
class Counts:
    """True positives, false positives and false negatives of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted and nothing was expected."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self


@attrs.define
class Scores:
    """Scores of one or more documents: counts per type, the missed and spurious items
    (for reading), and the secondary agreements (participants, claimants)."""

    counts: dict[str, Counts] = attrs.field(factory=lambda: {t: Counts() for t in TYPES})
    missed: dict[str, list[str]] = attrs.field(factory=lambda: {t: [] for t in TYPES})
    spurious: dict[str, list[str]] = attrs.field(factory=lambda: {t: [] for t in TYPES})
    participant_f1: list[float] = attrs.field(factory=list)
    claimant_agreement: list[bool] = attrs.field(factory=list)

    @property
    def mean_f1(self) -> float:
        """The mean of the five types' F1."""
        return sum(self.counts[t].f1 for t in TYPES) / len(TYPES)

    def add(self, other: Scores) -> None:
        """Add another document's scores (micro-averaging)."""
        for t in TYPES:
            self.counts[t] += other.counts[t]
            self.missed[t].extend(other.missed[t])
            self.spurious[t].extend(other.spurious[t])
        self.participant_f1.extend(other.participant_f1)
        self.claimant_agreement.extend(other.claimant_agreement)

    def as_dict(self) -> dict[str, Any]:
        """The scores as plain data."""
        return {
            "types": {t: {"precision": c.precision, "recall": c.recall, "f1": c.f1,
                          "tp": c.tp, "fp": c.fp, "fn": c.fn}
                      for t, c in self.counts.items()},
            "mean_f1": self.mean_f1,
            "participant_f1": (sum(self.participant_f1) / len(self.participant_f1)
                               if self.participant_f1 else None),
            "claimant_agreement": (sum(self.claimant_agreement) / len(self.claimant_agreement)
                                   if self.claimant_agreement else None),
        }


def match_pairs(gold: Sequence[T], predicted: Sequence[U],
                same: Callable[[T, U], bool],
                prefer: Callable[[T, U], float] | None = None) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predicted items under ``same``, as
    (gold index, predicted index) pairs. Where several matchings are as large,
    ``prefer`` (higher is better) picks each gold item's partner first: two meetings of
    one day and place, say, pair by kind and shared participants. The number of pairs,
    and so precision and recall, never depends on it."""
    edges = [[j for j, p in enumerate(predicted) if same(g, p)] for g in gold]
    if prefer is not None:
        for g, row in zip(gold, edges, strict=True):
            row.sort(key=lambda j, g=g: -prefer(g, predicted[j]))  # type: ignore[misc]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _tally(scores: Scores, kind: str, gold: Sequence[Any], predicted: Sequence[Any],
           pairs: list[tuple[int, int]], show: Callable[[Any], str]) -> None:
    counts = scores.counts[kind]
    counts.tp += len(pairs)
    counts.fn += len(gold) - len(pairs)
    counts.fp += len(predicted) - len(pairs)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    scores.missed[kind].extend(show(g) for i, g in enumerate(gold) if i not in matched_gold)
    scores.spurious[kind].extend(show(p) for j, p in enumerate(predicted)
                                 if j not in matched_pred)


def _names(report: Report) -> dict[str, str]:
    return {a.id: a.name for a in report.actors}


def _f1(a: Iterable[Any], b: Iterable[Any]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    tp = len(sa & sb)
    if tp == 0:
        return 0.0
    p, r = tp / len(sb), tp / len(sa)
    return 2 * p * r / (p + r)


def score_reports(predicted: Report, gold: Report) -> Scores:
    """Score one predicted report against its gold report."""
    scores = Scores()
    doc = gold.document.id

    gold_forms: dict[str, set[str]] = {
        a.name: {fold(a.name), *(fold(x) for x in a.aliases)} for a in gold.actors}

    def actor_same(g_name: str, p_name: str) -> bool:
        forms = gold_forms.get(g_name, {fold(g_name)})
        return fold(p_name) in forms

    def show_actor(a: Any) -> str:
        return f"{doc}: {a.kind.value} {a.name!r}"

    gold_actors = list(gold.actors)
    pred_actors = list(predicted.actors)
    pairs = match_pairs(gold_actors, pred_actors,
                        lambda g, p: g.kind == p.kind and actor_same(g.name, p.name))
    _tally(scores, "actors", gold_actors, pred_actors, pairs, show_actor)

    g_names, p_names = _names(gold), _names(predicted)

    def participants(report_names: dict[str, str], ids: Iterable[str]) -> list[str]:
        return [report_names.get(i, i) for i in ids]

    def meeting_key(m: Any) -> tuple[str, str]:
        return (m.date.isoformat(with_approximate=False) if m.date else "", fold(m.location))

    def meeting_likeness(g: Any, p: Any) -> float:
        people = _f1(map(fold, participants(g_names, g.participant_ids)),
                     map(fold, participants(p_names, p.participant_ids)))
        return float(g.kind == p.kind) + people

    pairs = match_pairs(gold.meetings, predicted.meetings,
                        lambda g, p: meeting_key(g) == meeting_key(p), meeting_likeness)
    _tally(scores, "meetings", gold.meetings, predicted.meetings, pairs,
           lambda m: f"{doc}: {m.kind.value} {meeting_key(m)[0] or '-'} "
                     f"{m.location or '-'} {participants(g_names | p_names, m.participant_ids)}")
    for i, j in pairs:
        g_people = participants(g_names, gold.meetings[i].participant_ids)
        p_people = participants(p_names, predicted.meetings[j].participant_ids)
        matched = match_pairs(g_people, p_people, actor_same)
        tp = len(matched)
        denominator = len(g_people) + len(p_people)
        scores.participant_f1.append(1.0 if denominator == 0 else 2 * tp / denominator)

    def phases(p: Any) -> tuple[int | None, ...]:
        return tuple(ph.duration_days for ph in p.phases)

    pairs = match_pairs(gold.proposals, predicted.proposals,
                        lambda g, p: phases(g) == phases(p) or (
                            g.name is not None and fold(g.name) == fold(p.name)))
    _tally(scores, "proposals", gold.proposals, predicted.proposals, pairs,
           lambda p: f"{doc}: {p.name or '(unnamed)'} phases={list(phases(p))} "
                     f"status={p.status.value}")

    pairs = match_pairs(gold.demands, predicted.demands,
                        lambda g, p: g.category == p.category and actor_same(
                            g_names.get(g.by, g.by), p_names.get(p.by, p.by)))
    _tally(scores, "demands", gold.demands, predicted.demands, pairs,
           lambda d: f"{doc}: {(g_names | p_names).get(d.by, d.by)} -> {d.category.value}"
                     f" (of {(g_names | p_names).get(d.addressed_to or '', d.addressed_to)})")

    pairs = match_pairs(gold.casualty_claims, predicted.casualty_claims,
                        lambda g, p: g.kind == p.kind and g.count == p.count,
                        lambda g, p: float(_claimant_agrees(g.claimed_by, p.claimed_by)))
    _tally(scores, "casualty_claims", gold.casualty_claims, predicted.casualty_claims, pairs,
           lambda c: f"{doc}: {c.kind.value} {c.count} {c.qualifier.value} "
                     f"group={c.group!r} by={c.claimed_by!r}")
    for i, j in pairs:
        g, p = gold.casualty_claims[i], predicted.casualty_claims[j]
        scores.claimant_agreement.append(_claimant_agrees(g.claimed_by, p.claimed_by))
    return scores


def _claimant_agrees(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = set(fold(gold).split()), set(fold(predicted).split())
    return bool(g & p) and (g <= p or p <= g or len(g & p) * 2 >= min(len(g), len(p)))
