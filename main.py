"""VaultCRM: ``python main.py`` starts the desktop app; with a sub-command, the CLI."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:
        from vault.version import app_version

        print(f"vaultcrm {app_version()}")
        return 0
    if argv and argv[0] != "--demo":
        from app.cli import main as cli_main

        return cli_main(argv)
    from ui.application import run

    return run(argv)


def gui() -> int:
    """``vaultcrm-gui``: the desktop app, whatever the arguments (no console window on Windows)."""
    from ui.application import run

    return run([a for a in sys.argv[1:] if a == "--demo"])


if __name__ == "__main__":
    sys.exit(main())
