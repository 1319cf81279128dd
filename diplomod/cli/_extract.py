"""``diplomod extract``: read articles into reports."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from diplomod.cli._inputs import Article, load_index, parse_published, read_article
from diplomod.errors import InputError
from diplomod.knowledge import KnowledgeBase, load_knowledge_base
from diplomod.model import Report

__all__ = ["add_parser", "run"]

_DESCRIPTION = """\
Extract a report from each article: actors, meetings, proposals, demands, casualty
claims and citations, each with its evidence.

Each FILE is a UTF-8 text file. Its publication date, which anchors relative dates
("on Tuesday", "a day earlier"), comes from its --index entry (matched by file name or
by id = file stem) or else from --published. With --index and no FILE, every article
the index lists is read (paths relative to the index).
"""

_EPILOG = """\
output: with --out DIR, one file per article, DIR/<id>.json; otherwise to stdout (one
JSON document per line when there are several articles).

exit status: 0 success, 2 bad input (missing file, not UTF-8, bad date, bad index).

examples:
  diplomod extract seeds/*.txt --index seeds/index.json --format gold --out out/
  diplomod extract story.txt --published 2024-02-13 > story.json
"""


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "extract", help="extract reports from articles",
        description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="articles (UTF-8 text)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date of articles the index does not list")
    parser.add_argument("--index", type=Path, metavar="INDEX.json",
                        help="index of articles (like seeds/index.json): id, file, title, "
                        "publisher, published")
    parser.add_argument("--format", choices=("json", "gold"), default="json",
                        help="json: the full Report with evidence (default); gold: the "
                        "diplomod-gold/1 annotation format")
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help="write DIR/<id>.json for each article instead of stdout")
    parser.add_argument("--knowledge", type=Path, action="append", metavar="DIR",
                        help="a folder of knowledge-base files to add to the shipped one "
                        "(repeatable)")
    parser.add_argument("--indent", type=int, default=2,
                        help="JSON indent for --out files and single reports (default: 2)")
    parser.set_defaults(run=run)


def _articles(args: argparse.Namespace) -> list[Article]:
    published = parse_published(args.published) if args.published else None
    index = load_index(args.index) if args.index else []
    files: list[Path] = list(args.files)
    if not files:
        if not args.index:
            raise InputError("give at least one FILE, or an --index listing the articles")
        files = [args.index.parent / entry.file for entry in index]
    return [read_article(path, index=index, published=published) for path in files]


def _render(report: Report, fmt: str, indent: int | None) -> str:
    if fmt == "gold":
        return json.dumps(report.to_gold(), indent=indent, ensure_ascii=False)
    return report.model_dump_json(indent=indent)


def run(args: argparse.Namespace) -> int:
    from diplomod.parse import extract

    knowledge: KnowledgeBase | None = load_knowledge_base(*args.knowledge) \
        if args.knowledge else None
    articles = _articles(args)  # every input is checked before any work is done
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create the folder ({exc.strerror})",
                             source=str(args.out)) from None
    single = len(articles) == 1
    for article in articles:
        entry = article.entry
        report = extract(
            article.text, published=article.published, document_id=article.document_id,
            title=entry.title if entry else None, publisher=entry.publisher if entry else None,
            author=entry.author if entry else None, url=entry.url if entry else None,
            knowledge=knowledge,
        )
        if args.out is not None:
            target = args.out / f"{article.document_id}.json"
            target.write_text(_render(report, args.format, args.indent) + "\n", "utf-8")
            print(f"{article.path} -> {target}: {report.summary()}", file=sys.stderr)
        else:
            sys.stdout.write(_render(report, args.format, args.indent if single else None)
                             + "\n")
    return 0
