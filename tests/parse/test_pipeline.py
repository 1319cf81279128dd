"""The whole pipeline: evidence that quotes the original text exactly (whatever Unicode
the text uses), the publication date in any accepted form, document ids, and reports
that round-trip through JSON and the gold format."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from diplomod import InputError, Report, extract
from diplomod.knowledge import load_knowledge_base

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
VOA = ROOT / "benchmarks" / "data" / "voa_stories.jsonl"


def seed_articles() -> list[tuple[str, str, str]]:
    """(id, published, text) of each seed."""
    index = json.loads((SEEDS / "index.json").read_text("utf-8"))
    return [(e["id"], e["published"], (SEEDS / e["file"]).read_text("utf-8")) for e in index]


def voa_articles() -> list[tuple[str, str, str]]:
    """(id, published date part, text) of each VOA story."""
    out = []
    for line in VOA.read_text("utf-8").splitlines():
        story = json.loads(line)
        out.append((f"voa-{story['id']}", story["published"][:10], story["text"]))
    return out


ARTICLES = seed_articles() + voa_articles()

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = "\u00a0\u2009\u202f\u2002"


def typographic(text: str, seed: str) -> str:
    """``text`` with curly quotes, long dashes, odd spaces and invisible characters put
    in, the way copy-pasted news often looks."""
    rnd = random.Random(seed)
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("\u201c" if i == 0 or text[i - 1].isspace() else "\u201d")
        elif ch == "'":
            out.append("\u2019")
        elif ch == "-" and i > 0 and text[i - 1] == " ":
            out.append(rnd.choice("\u2014\u2013\u2212"))
        elif ch == " " and rnd.random() < 0.1:
            out.append(rnd.choice(_SPACES))
        else:
            out.append(ch)
        if rnd.random() < 0.02:
            out.append(rnd.choice(_INVISIBLE))
    return "".join(out)


def check_evidence(report: Report, text: str, document_id: str) -> int:
    """Assert every piece of evidence quotes ``text`` at its offsets; return how many."""
    n = 0
    for path, ev in report.iter_evidence():
        assert ev.document_id == document_id, path
        assert ev.start is not None
        assert ev.end is not None, path
        assert 0 <= ev.start < ev.end <= len(text), path
        assert text[ev.start:ev.end] == ev.quote, path
        n += 1
    return n


def facts(report: Report) -> dict[str, Any]:
    """The report's gold form without its document block."""
    gold = report.to_gold()
    del gold["document"]
    return gold


# -- evidence -------------------------------------------------------------------------------


@pytest.mark.parametrize(("doc_id", "published", "text"), ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_evidence_quotes_the_original_text(doc_id: str, published: str, text: str) -> None:
    report = extract(text, published=published, document_id=doc_id)
    assert report.document.text == text
    check_evidence(report, text, doc_id)
    for obj in report.objects():
        assert obj.evidence, obj.id  # type: ignore[attr-defined]


@pytest.mark.parametrize(("doc_id", "published", "text"), ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_typographic_characters_shift_no_offset_and_change_no_fact(
        doc_id: str, published: str, text: str) -> None:
    plain = extract(text, published=published, document_id=doc_id)
    fancy_text = typographic(text, doc_id)
    assert fancy_text != text
    fancy = extract(fancy_text, published=published, document_id=doc_id)
    check_evidence(fancy, fancy_text, doc_id)
    assert facts(fancy) == facts(plain)


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t,
        lambda t: t.replace(" ", "\u00a0"),
        lambda t: t.replace(" ", "\t"),
    ],
    ids=["crlf", "bom", "nbsp-everywhere", "tabs"],
)
def test_line_endings_and_spacing_change_no_fact(variant: Any) -> None:
    for doc_id, published, text in seed_articles():
        changed = variant(text)
        report = extract(changed, published=published, document_id=doc_id)
        check_evidence(report, changed, doc_id)
        assert facts(report) == facts(extract(text, published=published, document_id=doc_id))


def test_nfd_text_changes_no_fact() -> None:
    _, published, text = seed_articles()[0]
    decomposed = unicodedata.normalize("NFD", text)
    assert facts(extract(decomposed, published=published)) == \
        facts(extract(text, published=published))


def test_evidence_of_a_short_text_with_invisible_characters() -> None:
    text = ("\u201cNo deal,\u201d said Volodymyr\u00a0Zel\u200bensky \u2014 after he met "
            "Andrzej Duda in Warsaw on Tuesday.")
    report = extract(text, published="2024-03-13", document_id="zw")
    assert len(report.meetings) == 1
    assert check_evidence(report, text, "zw") > 0
    assert {a.name for a in report.actors} >= {"Andrzej Duda"}


# -- published ------------------------------------------------------------------------------


TEXT = ("Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday. "
        "Russian strikes killed 14 civilians in Kharkiv on Monday.")


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2024, 3, 13),
        dt.datetime(2024, 3, 13, 23, 59),
        dt.datetime(2024, 3, 13, 0, 0, tzinfo=dt.UTC),
        "2024-03-13",
        " 2024-03-13 ",
        "2024-03-13T10:15:00Z",
        "2024-03-13 10:15:00Z",
    ],
)
def test_published_as_date_datetime_or_iso_string_is_the_same(published: Any) -> None:
    expected = extract(TEXT, published=dt.date(2024, 3, 13), document_id="d")
    got = extract(TEXT, published=published, document_id="d")
    assert got == expected
    assert got.document.published == dt.date(2024, 3, 13)
    assert str(got.meetings[0].date) == "2024-03-12"


@pytest.mark.parametrize("published", ["yesterday", "2024-13-01", "2024-02-30", "",
                                       "13/03/2024", "March 13, 2024", "2024-03-13garbage",
                                       "2024-03-13 is the day"])
def test_a_bad_published_string_is_an_input_error(published: str) -> None:
    with pytest.raises(InputError, match="published") as info:
        extract(TEXT, published=published)
    assert isinstance(info.value, ValueError)
    assert repr(published) in str(info.value)


@pytest.mark.parametrize("published", [20240313, 2024.0, ["2024-03-13"]])
def test_a_published_of_another_type_is_an_input_error(published: Any) -> None:
    with pytest.raises(InputError, match="published"):
        extract(TEXT, published=published)


@pytest.mark.parametrize("text", [b"bytes", None, 42])
def test_text_that_is_not_a_str_is_an_input_error(text: Any) -> None:
    with pytest.raises(InputError, match="text"):
        extract(text, published="2024-03-13")


def test_without_published_relative_dates_stay_unresolved() -> None:
    report = extract(TEXT)
    assert report.document.published is None
    assert [m.date for m in report.meetings] == [None]
    assert [c.as_of for c in report.casualty_claims] == [None]


def test_relative_dates_never_depend_on_today() -> None:
    old = extract(TEXT, published="2019-11-27")  # a Wednesday
    assert str(old.meetings[0].date) == "2019-11-26"


# -- document -------------------------------------------------------------------------------


def test_the_default_document_id_is_a_stable_hash_of_the_text() -> None:
    a = extract(TEXT, published="2024-03-13")
    assert a.document.id.startswith("doc-")
    assert a.document.id == extract(TEXT).document.id  # the date is not part of it
    assert a.document.id != extract(TEXT + " ").document.id
    code = ("import diplomod, sys; "
            "print(diplomod.extract(sys.stdin.read()).document.id, end='')")
    other_process = subprocess.run([sys.executable, "-c", code], input=TEXT, text=True,
                                   capture_output=True, check=True, cwd=ROOT,
                                   env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert other_process.stdout == a.document.id


def test_document_id_and_metadata_are_kept() -> None:
    report = extract(TEXT, published="2024-03-13", document_id="story-7", title="Grain talks",
                     publisher="Example Wire", author="Lena Marsh",
                     url="https://example.org/story-7")
    doc = report.document
    assert (doc.id, doc.title, doc.publisher, doc.author, doc.url, doc.text) == (
        "story-7", "Grain talks", "Example Wire", "Lena Marsh",
        "https://example.org/story-7", TEXT)
    assert all(ev.document_id == "story-7" for _, ev in report.iter_evidence())


def test_extraction_is_deterministic() -> None:
    for doc_id, published, text in seed_articles():
        assert extract(text, published=published, document_id=doc_id) == \
            extract(text, published=published, document_id=doc_id)


def test_the_empty_text_gives_an_empty_report() -> None:
    report = extract("", published="2024-03-13")
    assert report.counts() == dict.fromkeys(report.counts(), 0)
    assert report.document.text == ""


def test_a_users_knowledge_base_is_used(tmp_path: Path) -> None:
    people = {"version": 1, "people": [{
        "id": "person/tamar-okonkwo", "name": "Tamar Okonkwo", "aliases": ["Okonkwo"],
        "country": "NGA", "roles": [],
    }]}
    (tmp_path / "people.json").write_text(json.dumps(people), "utf-8")
    kb = load_knowledge_base(tmp_path)
    text = "Envoy Tamar Okonkwo arrived in Abuja. Okonkwo met Andrzej Duda on Tuesday."
    with_kb = extract(text, published="2024-03-13", knowledge=kb)
    actor = with_kb.actor("Tamar Okonkwo")
    assert (actor.kb_id, actor.country) == ("person/tamar-okonkwo", "NGA")
    assert "tamar-okonkwo" not in json.dumps(extract(text, published="2024-03-13").to_gold())


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(("doc_id", "published", "text"), seed_articles(),
                         ids=[a[0] for a in seed_articles()])
def test_the_report_round_trips_through_json_and_gold(doc_id: str, published: str,
                                                      text: str) -> None:
    report = extract(text, published=published, document_id=doc_id)
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert Report.model_validate(json.loads(report.model_dump_json())) == report
    gold = report.to_gold()
    assert gold["format"] == "diplomod-gold/1"
    assert gold["document"]["id"] == doc_id
    assert Report.from_gold(gold).to_gold() == gold
    assert Report.from_gold(json.dumps(gold)).to_gold() == gold


def test_voa_reports_round_trip_through_gold() -> None:
    for doc_id, published, text in voa_articles():
        gold = extract(text, published=published, document_id=doc_id).to_gold()
        assert Report.from_gold(gold).to_gold() == gold, doc_id


def test_every_reference_in_a_report_names_one_of_its_actors() -> None:
    for doc_id, published, text in ARTICLES:
        r = extract(text, published=published, document_id=doc_id)
        refs = [p.actor_id for m in r.meetings for p in m.participants]
        refs += [a for p in r.proposals for a in p.proposed_by]
        refs += [c.actor_id for p in r.proposals for c in p.history if c.actor_id]
        refs += [d.by for d in r.demands]
        refs += [d.addressed_to for d in r.demands if d.addressed_to]
        assert all(r.has_actor(ref) for ref in refs), doc_id
