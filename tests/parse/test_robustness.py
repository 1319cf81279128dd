"""Bad input never crashes the parser and no pattern can make it slow: any ``str`` gives
a Report; long and adversarial texts finish (pytest-timeout guards each one)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import Report, extract

ROOT = Path(__file__).resolve().parents[2]


def _sentences() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    voa = ROOT / "benchmarks" / "data" / "voa_stories.jsonl"
    texts += [json.loads(line)["text"] for line in voa.read_text("utf-8").splitlines()[:20]]
    out: list[str] = []
    for text in texts:
        out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())
    return out


SENTENCES = _sentences()


def check(text: str) -> Report:
    report = extract(text, published="2024-03-13", document_id="fuzz")
    assert isinstance(report, Report)
    assert report.document.text == text
    for _, ev in report.iter_evidence():
        assert ev.start is not None
        assert ev.end is not None
        assert text[ev.start:ev.end] == ev.quote
    return report


# -- any str ----------------------------------------------------------------------------


@given(st.text())
def test_any_text_gives_a_report(text: str) -> None:
    check(text)


_odd = st.characters(categories=["Cs", "Co", "Cf", "Cc", "Mn", "Me", "Zs", "Zl", "Zp", "Nd",
                                 "No", "Lo", "Sk", "Pd", "Pi", "Pf"])


@given(st.text(alphabet=_odd, max_size=300))
def test_odd_unicode_categories_give_a_report(text: str) -> None:
    check(text)


@given(st.lists(st.sampled_from(SENTENCES), max_size=25), st.randoms(use_true_random=False))
def test_shuffled_news_sentences_give_a_report(sentences: list[str], rnd: object) -> None:
    rnd.shuffle(sentences)  # type: ignore[attr-defined]
    check(" ".join(sentences))


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12), st.data())
def test_news_sliced_anywhere_gives_a_report(sentences: list[str], data: st.DataObject) -> None:
    text = "\n".join(sentences)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    check(text[start:end])


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 10_000), _odd), max_size=30))
def test_news_with_odd_characters_inserted_gives_a_report(
        sentences: list[str], inserts: list[tuple[int, str]]) -> None:
    text = " ".join(sentences)
    for position, ch in inserts:
        at = position % (len(text) + 1)
        text = text[:at] + ch + text[at:]
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        ".",
        "'s",
        "\ud800",  # a lone surrogate
        "\x00\x01\x02",
        "\u200b" * 100,
        "\ufeff",
        "Ukraine",
        "killed",
        "At least",
        "9" * 5000,
        "At least " + "9" * 5000 + " people were killed.",
        "1" + "0" * 400 + " people were displaced.",
        "Published on 9999999999999999999. Accessed 0.",
        "On Tuesday, February 30, 2024, 10,000,000,000,000 people were killed.",
        "Talks on Thursday 31st of February in Cairo.",
        "\u0663\u0665 people were killed in Cairo.",  # Arabic-Indic digits
    ],
    ids=repr,
)
def test_edge_cases_give_a_report(text: str) -> None:
    check(text)


# -- long and adversarial ---------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_a_two_megabyte_article() -> None:
    voa = ROOT / "benchmarks" / "data" / "voa_stories.jsonl"
    stories = [json.loads(line)["text"] for line in voa.read_text("utf-8").splitlines()]
    text = "\n\n".join(stories)
    while len(text) < 2_000_000:
        text = text + "\n\n" + text
    text = text[:2_000_000]
    report = check(text)
    assert report.actors
    assert report.casualty_claims


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "the " * 50000,
        "Al-" * 20000,
        "Mr. A. " * 20000,
        "(" * 50000,
        "killed " * 30000,
        "in Cairo " * 20000,
        "'s " * 30000,
        "9" * 5000,
        '"' * 50000,
        ". " * 50000,
        "\n" * 100000,
        "-".join(["al"] * 20000),
        "according to " * 20000,
        "three phases, each lasting " * 10000,
        "from six weeks to " * 10000,
        " ".join(str(i) for i in range(30000)),
        "Egypt's " * 30000,
        "Hamas said " * 20000,
        "Hamas, " * 30000,
        "1," * 20000,
        "thousand " * 20000,
        "one and " * 20000,
        "February " * 20000,
        "on Tuesday " * 20000,
        "a day earlier " * 20000,
        "the proposal " * 20000,
        "the spokesman for " * 15000,
        "Prime Minister " * 15000,
        "Sheikh " * 20000,
        "Mohammed bin " * 15000,
        "Published on " * 20000,
        "Published on February 13, 2024. Accessed February 10, 2024. " * 3000,
        "[" * 30000 + "]" * 30000,
        "https://" + "a/" * 50000,
        '"' + "a " * 50000,
        "Putin met Erdogan in Sochi on Monday. " * 3000,
        "At least 74 people were killed, according to the health ministry. " * 3000,
        "Armenia urged Azerbaijan to release prisoners. " * 3000,
        "The meeting ended. " * 10000,
        "urged " * 40000,
        "Mr. " * 30000,
        "Ahmed Ali said " * 15000,
        "Barnea said. " * 15000,
        "the Egyptian army " * 10000,
        "Hamas and Israel " * 50000,
        "U.S. " * 80000,
        "Cairo " * 80000,
        "Gen. " * 20000,
        "Egyptian " * 30000,
        "Egypt and " * 40000,
        "killed 5 people " * 30000,
        "Israeli and Egyptian " * 15000,
        "released 5 hostages " * 20000,
        "the meeting " * 60000,
        "Egypt must " * 20000,
        "urged Russia to " * 20000,
        "demanded that " * 30000,
        "They urged them to " * 10000,
        "He said Israel must " * 10000,
        "37 of whom were injured, " * 8000,
        ("a" * 1500 + " urged ") * 100,
        "where he met " * 15000,
        "It is time to " * 15000,
        ", said Ahmed Khan" * 10000,
    ],
    ids=lambda t: repr(t[:24]) + f"*{len(t)}",
)
def test_adversarial_repetition_finishes(text: str) -> None:
    check(text)


@pytest.mark.timeout(60)
def test_many_distinct_people() -> None:
    import random
    import string

    rnd = random.Random(7)

    def word() -> str:
        return "".join(rnd.choice(string.ascii_lowercase) for _ in range(6)).capitalize()

    text = " ".join(f"{word()} {word()} said." for _ in range(3000))
    report = check(text)
    assert len(report.actors) > 1000
