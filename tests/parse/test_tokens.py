"""Tokens with spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomod.parse.tokens import tokenize


def test_possessive_is_split_and_particles_kept() -> None:
    assert [t.text for t in tokenize("Hamas's el-Sisi O'Brien U.S. Israelis'")] == [
        "Hamas", "'s", "el-Sisi", "O'Brien", "U.S.", "Israelis", "'"]


def test_flags() -> None:
    t = tokenize("Cairo talks")
    assert (t[0].cap, t[1].cap, t[0].lower) == (True, False, "cairo")


@given(st.text())
def test_tokens_quote_their_spans(text: str) -> None:
    last = 0
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
        assert t.start >= last
        last = t.end
