"""The ``diplomod`` command line: ``diplomod --help``.

Exit codes: 0 success; 1 the command ran and found error-level problems
(``validate``); 2 bad input (missing file, unreadable encoding, bad date, bad option).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from diplomod._version import __version__
from diplomod.cli import _extract, _schema, _validate
from diplomod.errors import DiplomodError

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

_COMMANDS = (_extract, _validate, _schema)

_DESCRIPTION = """\
Read news about diplomacy and conflict into a typed, checked model: actors,
meetings, proposals and their phases, demands, and casualty claims.
"""

_EPILOG = """\
exit status: 0 success, 1 error-level findings (validate), 2 bad input.
Run 'diplomod COMMAND --help' for a command's options.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-parser per command."""
    parser = argparse.ArgumentParser(
        prog="diplomod", description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"diplomod {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in _COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        status: int = args.run(args)
    except DiplomodError as exc:
        print(f"diplomod {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `diplomod schema | head`
        sys.stderr.close()
        return EXIT_OK
    return status
