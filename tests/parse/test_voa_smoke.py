"""Smoke run over 89 real Voice of America stories (benchmarks/data/voa_stories.jsonl):
wording the parser was not written for. No gold here, only sanity."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from diplomod import ActorKind, MeetingOutcome, Report, extract

VOA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "voa_stories.jsonl"


def stories() -> list[dict[str, Any]]:
    return [json.loads(line) for line in VOA.read_text("utf-8").splitlines() if line.strip()]


STORIES = stories()


@cache
def report_of(story_id: str) -> Report:
    (story,) = [s for s in STORIES if s["id"] == story_id]
    return extract(story["text"], published=story["published"][:10],
                   document_id=f"voa-{story_id}", title=story["title"],
                   author=story["author"] or None, url=story["url"])


def test_the_corpus_is_all_there() -> None:
    assert len(STORIES) == 89
    assert len({s["id"] for s in STORIES}) == 89


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_each_story_gives_a_sane_report(story: dict[str, Any]) -> None:
    report = report_of(story["id"])
    doc = report.document
    assert doc.id == f"voa-{story['id']}"
    assert doc.published == dt.date.fromisoformat(story["published"][:10])
    assert doc.title == story["title"]
    counts = report.counts()
    assert counts["actors"] <= 60, counts
    assert counts["meetings"] <= 15, counts
    assert counts["proposals"] <= 10, counts
    assert counts["demands"] <= 25, counts
    assert counts["casualty_claims"] <= 25, counts
    ids = [obj.id for obj in report.objects()]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids))
    for actor in report.actors:
        assert actor.name.strip() == actor.name
        assert actor.name not in actor.aliases
    assert doc.published is not None
    for meeting in report.meetings:
        # a meeting dated after the story is one the story expects
        if meeting.date is not None and meeting.date.is_after(doc.published):
            assert meeting.outcome is MeetingOutcome.SCHEDULED, meeting
    for claim in report.casualty_claims:
        assert claim.figure.count < 100_000_000, claim
        # a figure is never "as of" a day after the story
        assert claim.as_of is None or not claim.as_of.is_after(doc.published), claim


def test_the_corpus_as_a_whole_has_something_of_every_kind() -> None:
    totals: Counter[str] = Counter()
    kinds: Counter[ActorKind] = Counter()
    for story in STORIES:
        report = report_of(story["id"])
        totals.update(report.counts())
        kinds.update(a.kind for a in report.actors)
    for name in ("actors", "meetings", "proposals", "demands", "casualty_claims"):
        assert totals[name] > 0, totals
    assert set(kinds) == {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.STATE}


@pytest.mark.parametrize(
    ("story_id", "actor", "kind", "country"),
    [
        # named in the first lines of their stories
        ("8011115", "Mohammed Shia al-Sudani", ActorKind.PERSON, "IRQ"),
        ("8011115", "Islamic State", ActorKind.ORGANIZATION, None),
        ("8010842", "Russia", ActorKind.STATE, "RUS"),
    ],
)
def test_prominent_actors_are_found(story_id: str, actor: str, kind: ActorKind,
                                    country: str | None) -> None:
    found = report_of(story_id).actor(actor)
    assert (found.kind, found.country) == (kind, country)


def test_outlets_and_authors_are_never_actors() -> None:
    outlets = {"VOA", "Voice of America", "Reuters", "AFP", "Associated Press", "AP"}
    for story in STORIES:
        report = report_of(story["id"])
        names = {a.name for a in report.actors}
        assert not names & outlets, (story["id"], names & outlets)
        if story["author"]:
            for author in story["author"].split(","):
                assert author.strip() not in names, story["id"]


def bare_report(story_id: str) -> Report:
    """The story's text read with its publication date only (no byline to lean on)."""
    (story,) = [s for s in STORIES if s["id"] == story_id]
    return extract(story["text"], published=story["published"][:10])


def test_a_credit_line_author_is_not_an_actor() -> None:
    # 6204080 ends with "Harun Maruf reported from Washington; and stringers ..."
    assert "Harun Maruf" not in {a.name for a in bare_report("6204080").actors}


def test_tourists_visiting_is_not_a_meeting() -> None:
    r = bare_report("6181245")
    assert not [m for m in r.meetings if "tourists visited" in (m.evidence[0].quote or "")]
