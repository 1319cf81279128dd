"""Make a benchmark script run with the project's environment.

The scripts are often started with whatever ``python`` is first on the PATH. When that
interpreter cannot import diplomod's dependencies and the project's ``.venv`` exists,
the script is re-run with ``.venv/bin/python``; otherwise it stops with the set-up
command to run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def use_project_environment() -> None:
    """Put the project on ``sys.path``; re-run under ``.venv`` if diplomod won't import."""
    sys.path.insert(0, str(ROOT))
    try:
        import diplomod  # noqa: F401
    except ImportError as exc:
        venv_python = ROOT / ".venv" / "bin" / "python"
        in_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
        if venv_python.is_file() and not in_venv:
            os.execv(str(venv_python), [str(venv_python), *sys.argv])
        raise SystemExit(
            f"{Path(sys.argv[0]).name}: diplomod's dependencies are missing ({exc}); set up "
            "with: python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'") from None
