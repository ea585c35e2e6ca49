"""What every screen is handed explicitly (no global service locator)."""
from __future__ import annotations

from dataclasses import dataclass, field

from app.settings import LocalSettings
from app.worker import DbWorker

from .tasks import Tasks


@dataclass
class AppContext:
    worker: DbWorker
    tasks: Tasks
    local: LocalSettings
    kdf_params: object | None = None      # vault.kdf.KdfParams; None: calibrate on this machine
    demo: bool = False
    options: dict = field(default_factory=dict)

    @property
    def changes(self):
        """The ``ChangeBus`` every screen runs its writes through and listens to (made on first use)."""
        bus = self.__dict__.get("_changes")
        if bus is None:
            from .changes import ChangeBus

            bus = self.__dict__["_changes"] = ChangeBus(self.tasks)
        return bus

    def remember_vault(self, folder) -> None:
        """Recent vaults: folder paths only, never names or customer data."""
        path = str(folder)
        recent = [p for p in self.local.get("ui.recent_vaults") if p != path]
        self.local.set("ui.recent_vaults", [path, *recent][:8])

    def recent_vaults(self) -> list[str]:
        return list(self.local.get("ui.recent_vaults"))

    def forget_vault(self, folder) -> None:
        self.local.set("ui.recent_vaults", [p for p in self.local.get("ui.recent_vaults") if p != str(folder)])
