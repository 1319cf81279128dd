"""The built-in rules, one module per area:

- `dates` (``D1xx``): dates against the article's publication and each other;
- `actors` (``A1xx``): actors, offices and tenure, references to actors;
- `proposals` (``P1xx``): proposals, their phases and status history;
- `casualties` (``C1xx``): casualty figures within one report;
- `crossdoc` (``X1xx``): facts compared across documents.

Published codes are never reused or renumbered; a retired rule keeps its code.
"""

from __future__ import annotations

from diplomod.validate.rules import actors, casualties, crossdoc, dates, proposals
from diplomod.validate.rules._builtin import BUILTIN

__all__ = ["BUILTIN", "actors", "casualties", "crossdoc", "dates", "proposals"]
