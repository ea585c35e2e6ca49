"""The bundle's entry, for both of its executables: ``vaultcrm`` (with no argument the desktop app,
with a sub-command the CLI: ``main.main``) and ``vaultcrm-gui`` (always the app: ``main.gui``)."""
import os
import sys

from main import gui, main

if __name__ == "__main__":
    name = os.path.basename(sys.executable).lower()
    sys.exit(gui() if name.startswith("vaultcrm-gui") else main())
