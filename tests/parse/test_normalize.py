"""Stage 1: normalization keeps a way back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod.parse.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“Talks” – resumed", '"Talks" - resumed'),
        ("Hamas’s demands", "Hamas's demands"),
        ("February 14:th", "February 14th"),
        ("the 1:st and 2:nd", "the 1st and 2nd"),
        ("a\u00a0b\u2009c", "a b c"),
        ("soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"),
        ("intelligence servicesDavid Barnea", "intelligence services David Barnea"),
        ("McDonald and DeSantis", "McDonald and DeSantis"),
        ("10:30 talks", "10:30 talks"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_identity_when_nothing_changes_length() -> None:
    n = normalize("Plain text, “quotes”.")
    assert n.offsets is None
    assert n.original_span(0, 5) == (0, 5)


@given(st.text())
def test_every_normalized_span_maps_inside_the_original(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    for start in range(0, len(n.text), max(1, len(n.text) // 7)):
        for end in (start, min(len(n.text), start + 3), len(n.text)):
            if end < start:
                continue
            o_start, o_end = n.original_span(start, end)
            assert 0 <= o_start <= o_end <= len(text)


@given(st.text(alphabet=st.sampled_from("ab 1:th\u200b\u00adX“”–servicesDavid")))
def test_kept_characters_map_to_themselves(text: str) -> None:
    n = normalize(text)
    for i, ch in enumerate(n.text):
        if ch.isalnum():
            assert text[n.original_offset(i)] == ch
