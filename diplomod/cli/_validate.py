"""``diplomod validate``: check articles, report JSON or gold files against the
consistency rules."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from diplomod.cli._inputs import (
    IndexEntry,
    load_index,
    parse_published,
    read_article,
    read_text_file,
)
from diplomod.errors import GoldFormatError, InputError, ModelValidationError
from diplomod.gold import GOLD_FORMAT
from diplomod.knowledge import KnowledgeBase
from diplomod.model.report import Report
from diplomod.validate import Finding, RuleRegistry, validate
from diplomod.vocab import Severity

__all__ = ["add_parser", "load_report", "run"]

_DESCRIPTION = """\
Check reports against diplomod's consistency rules and print the findings.

Each FILE is an article (.txt: extracted first, its publication date taken from the
--index entry matched by file name or id, else from --published), a gold annotation
(.json with "format": "diplomod-gold/1"), or a Report as JSON (any other .json).
Cross-document rules (X1xx) compare all the files given.

Rules are named by code (D103), prefix (D, C10), slug (citation-accessed-before-
published) or area (dates, actors, proposals, casualties, crossdoc); several may be
given comma-separated. 'docs/rules.md' lists every rule.
"""

_EPILOG = """\
exit status: 0 no error-level finding, 1 an error-level finding remains (after
--select, --ignore and --severity), 2 bad input (missing file, bad JSON, bad date,
unknown rule code).

examples:
  diplomod validate seeds/gold/*.json
  diplomod validate seeds/*.txt --index seeds/index.json --ignore X --format json
  diplomod validate report.json --severity C103=warning --tolerance 0.05
"""

_COLORS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[36m",
}
_DIM, _BOLD, _RESET = "\x1b[2m", "\x1b[1m", "\x1b[0m"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="check articles, reports or gold files against the consistency rules",
        description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="articles (.txt), Report JSON or gold files (.json)")
    parser.add_argument("--index", type=Path, metavar="INDEX.json",
                        help="index of articles (like seeds/index.json) giving their "
                        "ids, titles and publication dates")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date of articles the index does not list")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")
    parser.add_argument("--select", action="append", metavar="CODES",
                        help="run only these rules (codes, prefixes, slugs or areas, "
                        "comma-separated; repeatable)")
    parser.add_argument("--ignore", action="append", metavar="CODES",
                        help="leave out these rules (same forms; repeatable)")
    parser.add_argument("--severity", action="append", default=[], metavar="CODE=LEVEL",
                        help="change a rule's severity to error, warning or info "
                        "(repeatable; e.g. C103=warning or D=info)")
    parser.add_argument("--tolerance", default="0.1", metavar="FLOAT",
                        help="how far apart two figures for the same thing may be, "
                        "relative to the larger, before they disagree (default: 0.1)")
    parser.add_argument("--knowledge", type=Path, action="append", metavar="DIR",
                        help="a folder of knowledge-base files added to the shipped one, "
                        "whose offices and tenure the rules check against (repeatable)")
    parser.add_argument("--no-knowledge", action="store_true",
                        help="check offices and tenure against the reports alone")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output (default: auto, when stdout is a "
                        "terminal and NO_COLOR is not set)")
    parser.set_defaults(run=run)


# -- options --------------------------------------------------------------------------------
def _severities(values: Sequence[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        for item in (v.strip() for v in value.split(",")):
            code, sep, level = item.partition("=")
            if not item or not sep or not code.strip() or not level.strip():
                raise InputError(f"must be CODE=LEVEL, like C103=warning (got {item!r})",
                                 source="--severity")
            pairs[code.strip()] = level.strip().lower()
    return pairs


def _tolerance(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number < 0:
        raise InputError(f"must be a number of at least 0 (got {value!r})",
                         source="--tolerance")
    return number


def _registry(args: argparse.Namespace) -> RuleRegistry:
    """The rules to run; unknown codes and bad severities fail before any file is read."""
    registry = RuleRegistry.default()
    for option in ("select", "ignore"):
        values = getattr(args, option) or []
        if any(not value.strip(" ,") for value in values):
            raise InputError(f"must name at least one rule (got {values!r})",
                             source=f"--{option}")
    if args.select:
        registry = registry.select(args.select)
    if args.ignore:
        registry = registry.ignore(args.ignore)
    severities = _severities(args.severity)
    if severities:
        registry = registry.with_severities(severities)
    return registry


# -- inputs ---------------------------------------------------------------------------------
def _one_line(exc: Exception) -> str:
    if isinstance(exc, ModelValidationError) and len(exc.errors) > 1:
        return f"{exc.errors[0]} (and {len(exc.errors) - 1} more problems)"
    return str(exc).splitlines()[0]


def _report_from_json(data: Any, source: str) -> Report:
    if isinstance(data, dict) and "format" in data:
        if data["format"] != GOLD_FORMAT:
            raise InputError(f"'format' must be {GOLD_FORMAT!r} for a gold file "
                             f"(got {data['format']!r})", source=source)
        try:
            return Report.from_gold(data)
        except GoldFormatError as exc:
            raise InputError(_one_line(exc), source=source) from None
    if not isinstance(data, dict):
        raise InputError("must be a JSON object: a Report or a diplomod-gold/1 file "
                         f"(got {type(data).__name__})", source=source)
    try:
        return Report.model_validate(data)
    except ModelValidationError as exc:
        raise InputError(f"is not a valid Report: {_one_line(exc)}", source=source) from None


def load_report(
    path: Path, *, index: Sequence[IndexEntry] = (), published: dt.date | None = None,
    knowledge: KnowledgeBase | None = None,
) -> Report:
    """One input file as a Report: an article (extracted), a gold file or Report JSON.

    Raises:
        InputError: the file is missing or unreadable, is not JSON or not a Report, or
            (for an article) no publication date is known.
    """
    source = str(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from diplomod.parse import extract

        article = read_article(path, index=list(index), published=published)
        entry = article.entry
        report: Report = extract(
            article.text, published=article.published, document_id=article.document_id,
            title=entry.title if entry is not None else None,
            publisher=entry.publisher if entry is not None else None,
            knowledge=knowledge,
        )
        return report
    if suffix == ".json":
        text = read_text_file(path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"is not valid JSON ({exc})", source=source) from None
        return _report_from_json(data, source)
    if not path.exists():
        raise InputError("no such file", source=source)
    raise InputError("must be an article (.txt), a Report or a gold file (.json) "
                     f"(got a {suffix or 'file without'} extension)", source=source)


# -- output ---------------------------------------------------------------------------------
def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {s.value: sum(f.severity is s for f in findings) for s in Severity}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def render_text(findings: Sequence[Finding], reports: Sequence[Report], *,
                color: bool = False) -> str:
    """Findings grouped by document (in input order, cross-document groups last), one
    line each: ``<document>  <code> <severity>  <message>``, then a summary."""
    order = {r.document.id: i for i, r in reversed(list(enumerate(reports)))}

    def group(f: Finding) -> tuple[int, int, str]:
        where = ",".join(f.document_ids) or "-"
        first = order.get(f.document_ids[0], len(order)) if f.document_ids else len(order)
        return (len(f.document_ids) > 1, first, where)

    ordered = sorted(findings, key=lambda f: (group(f), f.sort_key()))
    width = max((len(group(f)[2]) for f in ordered), default=0)
    lines = []
    for f in ordered:
        where = group(f)[2].ljust(width)
        severity = f.severity.value.ljust(7)
        if color:
            where = f"{_DIM}{where}{_RESET}"
            severity = f"{_COLORS[f.severity]}{severity}{_RESET}"
            code = f"{_BOLD}{f.code}{_RESET}"
        else:
            code = f.code
        lines.append(f"{where}  {code} {severity}  {f.message}")
    counts = _counts(findings)
    docs = _plural(len(reports), "document")
    if findings:
        lines.append(
            f"{_plural(len(findings), 'finding')} ({_plural(counts['error'], 'error')}, "
            f"{_plural(counts['warning'], 'warning')}, {counts['info']} info) in {docs}"
        )
    else:
        lines.append(f"no findings in {docs}")
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], reports: Sequence[Report]) -> str:
    """``{"documents": [...], "counts": {...}, "findings": [...]}``."""
    return json.dumps({
        "documents": [r.document.id for r in reports],
        "counts": _counts(findings),
        "findings": [f.model_dump(mode="json") for f in findings],
    }, indent=2, ensure_ascii=False) + "\n"


# -- run ------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    registry = _registry(args)
    tolerance = _tolerance(args.tolerance)
    published = parse_published(args.published) if args.published else None
    index = load_index(args.index) if args.index else []
    knowledge = None
    if not args.no_knowledge:
        from diplomod.knowledge import default_knowledge_base, load_knowledge_base

        knowledge = load_knowledge_base(*args.knowledge) if args.knowledge else \
            default_knowledge_base()
    reports = [load_report(path, index=index, published=published,
                           knowledge=knowledge if isinstance(knowledge, KnowledgeBase) else None)
               for path in args.files]
    findings = validate(reports, registry=registry, tolerance=tolerance, knowledge=knowledge)
    if args.format == "json":
        sys.stdout.write(render_json(findings, reports))
    else:
        sys.stdout.write(render_text(findings, reports,
                                     color=_use_color(args.color, sys.stdout)))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0
