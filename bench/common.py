"""What the bench scripts share: ``figure()`` prints one figure as a ``FIGURE {json}`` line, which
``bench/run_all.py`` collects into docs/BENCHMARKS.md's summary table."""
from __future__ import annotations

import json
import re

PREFIX = "FIGURE "


def figure(name: str, value: float, unit: str, *, target: str = "", peer: str = "", peer_value: float | None = None,
           lower_is_better: bool = True) -> None:
    print(PREFIX + json.dumps({"name": name, "value": value, "unit": unit, "target": target, "peer": peer,
                               "peer_value": peer_value, "lower_is_better": lower_is_better}), flush=True)


def figures_in(text: str) -> list[dict]:
    return [json.loads(line[len(PREFIX):]) for line in text.splitlines() if line.startswith(PREFIX)]


def number(pattern: str, text: str) -> float | None:
    """The first number a script's own output line gives (for scripts that print prose only)."""
    m = re.search(pattern, text)
    return float(m.group(1).replace(",", "")) if m else None
