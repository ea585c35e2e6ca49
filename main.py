"""VaultCRM: ``python main.py`` starts the desktop app; with a sub-command, the CLI."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] != "--demo":
        from app.cli import main as cli_main

        return cli_main(argv)
    from ui.application import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
