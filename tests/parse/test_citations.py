"""Citations (stage 5e): reference-list entries with the date a work was published and
the date it was accessed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplomod import PartialDate, extract, validate

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = dt.date(2024, 3, 13)

REFERENCES = """\
Ukraine and Poland settled the grain dispute, officials in Warsaw said.

References:

Kyiv Independent. "Russian strikes hit Kharkiv" Published on March 3, 2024. Available at: \
https://kyivindependent.com/russian-strikes-hit-kharkiv {Accessed March 10, 2024}.

Sudan Tribune. \u201cTalks in Jeddah stall\u201d Published on 2 February 2024. \
https://sudantribune.com/jeddah-talks Accessed 5 February 2024.
"""


def test_each_entry_gives_a_citation_with_both_dates() -> None:
    r = extract(REFERENCES, published=PUBLISHED, document_id="refs")
    got = [(c.title, str(c.published), str(c.accessed), c.url) for c in r.citations]
    assert got == [
        ("Russian strikes hit Kharkiv", "2024-03-03", "2024-03-10",
         "https://kyivindependent.com/russian-strikes-hit-kharkiv"),
        ("Talks in Jeddah stall", "2024-02-02", "2024-02-05",
         "https://sudantribune.com/jeddah-talks"),
    ]
    assert [c.id for c in r.citations] == ["citation-1", "citation-2"]


def test_citation_evidence_quotes_the_entry() -> None:
    r = extract(REFERENCES, published=PUBLISHED, document_id="refs")
    second = r.citations[1]
    (ev,) = second.evidence
    assert ev.document_id == "refs"
    assert ev.quote == REFERENCES[ev.start:ev.end]  # type: ignore[misc]
    assert ev.quote is not None
    assert "Sudan Tribune." in ev.quote
    assert "Kyiv Independent" not in ev.quote
    assert ev.quote.rstrip(".").endswith("Accessed 5 February 2024")


def test_the_publisher_is_the_entrys_first_sentence() -> None:
    r = extract(REFERENCES, published=PUBLISHED, document_id="refs")
    assert [c.publisher for c in r.citations] == ["Kyiv Independent", "Sudan Tribune"]


def test_citation_evidence_starts_at_its_entry() -> None:
    r = extract(REFERENCES, published=PUBLISHED, document_id="refs")
    first, second = (c.evidence[0].quote for c in r.citations)
    assert second is not None
    assert second.startswith("Sudan Tribune.")
    assert first is not None
    assert first.startswith("Kyiv Independent.")


def test_retrieved_counts_as_accessed() -> None:
    text = ('Reuters. "Grain deal signed" Published on 4 March 2024. '
            "https://example.org/grain Retrieved 8 March 2024.")
    (c,) = extract(text, published=PUBLISHED).citations
    assert (c.published, c.accessed) == (PartialDate.parse("2024-03-04"),
                                         PartialDate.parse("2024-03-08"))


def test_dates_with_a_year_resolve_without_a_publication_date() -> None:
    (c,) = extract('Reuters. "Grain deal signed" Published on 4 March 2024. '
                   "Accessed 8 March 2024.").citations
    assert (str(c.published), str(c.accessed)) == ("2024-03-04", "2024-03-08")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Poland settled the grain dispute on Monday.",
        "The report was accessed by many readers.",
        "Accessed March 10, 2024.",  # no publication date: not a reference entry
        "The ministry published on its website a list of detainees.",
    ],
)
def test_text_that_is_no_reference_list_gives_no_citation(text: str) -> None:
    assert extract(text, published=PUBLISHED).citations == ()


def test_accessed_before_published_is_kept_for_the_validators() -> None:
    text = ('Reuters. "Grain deal signed" Published on 4 March 2024. '
            "Accessed 1 March 2024.")
    r = extract(text, published=PUBLISHED)
    (c,) = r.citations
    assert c.accessed is not None
    assert c.published is not None
    assert c.accessed.is_before(c.published)
    assert validate(r)  # the validators have something to say about it


# -- seed-derived regression (seed 000 ends with a reference list of four entries) ------


def test_seed_000_reference_list() -> None:
    index = {e["id"]: e for e in json.loads((ROOT / "seeds" / "index.json").read_text("utf-8"))}
    entry = index["000_291bd1bec57b5fdf"]
    text = (ROOT / "seeds" / entry["file"]).read_text("utf-8")
    r = extract(text, published=entry["published"], document_id=entry["id"])
    got = [(str(c.published), str(c.accessed), (c.url or "").split("/")[2]) for c in r.citations]
    assert got == [
        ("2024-02-13", "2024-02-10", "english.aawsat.com"),
        ("2024-02-13", "2024-02-10", "www.aljazeera.com"),
        ("2024-02-14", "2024-02-10", "www.reuters.com"),
        ("2024-02-13", "2024-02-10", "www.nytimes.com"),
    ]
    assert [c.title for c in r.citations[1:]] == [
        "No breakthrough in Gaza war truce talks as Rafah braces for Israeli assault",
        "Erdogan says Turkey ready to cooperate with Egypt on Gaza",
        "Talks in Cairo Aim for a Deal to Halt Gaza War and Free Hostages",
    ]


def test_seed_000_first_entry_title() -> None:
    index = {e["id"]: e for e in json.loads((ROOT / "seeds" / "index.json").read_text("utf-8"))}
    entry = index["000_291bd1bec57b5fdf"]
    text = (ROOT / "seeds" / entry["file"]).read_text("utf-8")
    r = extract(text, published=entry["published"], document_id=entry["id"])
    assert r.citations[0].title == ("Truce Talks Open in Cairo as Gazans Brace for Israeli "
                                    "Assault on Rafah")
