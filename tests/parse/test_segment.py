"""Stage 2: sentence segmentation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.parse.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maj. Gen. Nitzan Alon met him. They left.",
         ["Maj. Gen. Nitzan Alon met him.", "They left."]),
        ("The U.S. envoy arrived. Talks began.", ["The U.S. envoy arrived.", "Talks began."]),
        ("Aid reached the U.S. The envoy left.", ["Aid reached the U.S.", "The envoy left."]),
        ("Talks resumed on Feb. 13 in Cairo. No deal.",
         ["Talks resumed on Feb. 13 in Cairo.", "No deal."]),
        ('He said "we will not stop." Then he left.',
         ['He said "we will not stop."', "Then he left."]),
        ("John F. Kennedy spoke. Crowds cheered!", ["John F. Kennedy spoke.", "Crowds cheered!"]),
        ("Headline Without Period\n\nBody starts here.",
         ["Headline Without Period", "Body starts here."]),
        ("Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_long_line_broken_mid_sentence_is_joined() -> None:
    line = ("Netanyahu has delivered the message that the Israelis will proceed with "
            "operations until")
    text = f"{line}\n\nHamas is crushed. Next sentence."
    assert sentences(text)[0] == f"{line}\n\nHamas is crushed."


def test_paragraphs_are_counted() -> None:
    result = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in result] == [0, 0, 1]


@given(st.text())
def test_sentences_are_ordered_trimmed_and_inside(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace()
        assert not text[s.end - 1].isspace()
        last = s.end


@pytest.mark.timeout(20)
def test_adversarial_input_is_linear() -> None:
    for text in ("U.S. " * 50_000, "." * 200_000, "\n \n" * 50_000, "a" * 500_000):
        split_sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke at a meeting of the U.N. Security Council on Monday. It ended.",
         ["He spoke at a meeting of the U.N. Security Council on Monday.", "It ended."]),
        ("It was posted on the platform X. The G7 talks ended.",
         ["It was posted on the platform X.", "The G7 talks ended."]),
        ("John F. Kennedy met them.", ["John F. Kennedy met them."]),
    ],
)
def test_initials_and_single_letters(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
