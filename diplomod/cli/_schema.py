"""``diplomod schema``: print a JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from diplomod.gold import gold_json_schema
from diplomod.schema import SCHEMA_TYPES, json_schema


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "schema",
        help="print the JSON Schema of a model type or of the gold format",
        description="Print the JSON Schema (draft 2020-12) of a model type's JSON form, "
        "or with --gold of the gold annotation format diplomod-gold/1.",
    )
    parser.add_argument(
        "type", nargs="?", default="Report", choices=sorted(SCHEMA_TYPES),
        help="model type (default: Report)",
    )
    parser.add_argument("--gold", action="store_true",
                        help="the schema of a diplomod-gold/1 file instead")
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default: 2)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    schema = gold_json_schema() if args.gold else json_schema(args.type)
    sys.stdout.write(json.dumps(schema, indent=args.indent, ensure_ascii=False) + "\n")
    return 0
