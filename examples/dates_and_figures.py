"""Two parser stages on their own: dates resolved against a publication date, and
casualty figures with their hedging, including the conservative reading of vague
numbers ("dozens" is at least 12).

Run from the repository root: python examples/dates_and_figures.py
"""

from __future__ import annotations

import datetime as dt

import diplomod
from diplomod.parse.dates import Tense, find_dates
from diplomod.parse.numbers import find_durations, find_figures, parse_duration

published = dt.date(2024, 2, 13)  # a Tuesday; relative dates count from here, never today
print(f"published {published} ({published:%A})")
for expression in ("on Tuesday", "Sunday", "last Friday", "in November", "two weeks ago",
                   "earlier this month", "February 14", "for six weeks"):
    print(f"  {expression!r:<22} -> {diplomod.resolve_date(expression, published=published)}")
print(f"  {'Thursday (future)':<22} -> "
      f"{diplomod.resolve_date('Thursday', published=published, tense=Tense.FUTURE)}")

text = "Talks ended on Tuesday. A day earlier, Hamas said it would respond on Thursday."
print("\nfind_dates:", text)
for mention in find_dates(text, published=published):
    print(f"  {mention.text!r:<16} {mention.start:>3}:{mention.end:<3} -> {mention.value} "
          f"({mention.rule})")

print("\nparse_figure: count, upper bound, qualifier")
for phrase in ("more than 28,000", "some 1,500", "35 to 40", "nearly one hundred",
               "1.4 million", "up to 40", "at least 74", "dozens", "tens of thousands",
               "a dozen", "several"):
    figure = diplomod.parse_figure(phrase)
    assert figure is not None
    high = f"-{figure.high:,}" if figure.high is not None else ""
    print(f"  {phrase!r:<22} -> {figure.count:,}{high} {figure.qualifier.value}")

text = ("The raid killed at least 74 people on February 12, 2024, in Rafah; dozens were "
        "injured. Resolution 2334 was cited, and 45% of homes were damaged.")
print("\nfind_figures (years, dates, labels and percentages are not counts):")
for found in find_figures(text):
    print(f"  {found.text!r} -> {found.figure.count} {found.figure.qualifier.value}")

print("\nparse_duration (a week is 7 days, a month 30):")
for phrase in ("six weeks", "six-week", "four and a half months", "a fortnight"):
    print(f"  {phrase!r:<26} -> {parse_duration(phrase)} days")

text = "A six-week pause, then a second phase; talks two weeks ago went nowhere."
print("\nfind_durations (\"two weeks ago\" is a date, not a length):")
for duration in find_durations(text):
    print(f"  {duration.text!r} -> {duration.days} days")
