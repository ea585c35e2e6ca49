"""The printable recovery sheet: recovery key, vault id, signing-key fingerprint, recovery codes.

Written as a PDF with fpdf2 (no Qt). The text form is also used for printing from the UI.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import resources
from vault import clock
from vault.fsutil import check_output_path, write_output
from vault.i18n import QT_TRANSLATE_NOOP, translate

# DejaVu Sans (Bitstream Vera licence, resources/fonts/LICENSE): Latin with diacritics, Cyrillic
# and Greek, embedded (subset) so a sheet for "Łukasz" prints his name, not "?ukasz"
FONTS = resources.path("fonts")

# the sheet is written in the language of the moment (translate("RecoverySheet", WARNING) shows it)
WARNING = QT_TRANSLATE_NOOP("RecoverySheet", "Keep this sheet somewhere safe and offline (a locked drawer, a safe)."
                            " Anyone holding it can read your backups. If you lose both your password and this"
                            " recovery key, nobody can recover the data: not you, not us.")


@dataclass
class RecoverySheet:
    vault_id: str
    vault_folder: str
    username: str
    recovery_key: str
    signing_key_fingerprint: str
    recovery_codes: list[str]
    created: str = ""

    @classmethod
    def from_creation(cls, creation, folder, username: str) -> RecoverySheet:
        return cls(creation.vault_id, str(folder), username, creation.recovery_key,
                   creation.signing_key_fingerprint, list(creation.enrolment.recovery_codes),
                   clock.utcnow().strftime("%Y-%m-%d %H:%M UTC"))

    def sections(self) -> list[tuple[str, list[str]]]:
        """(title, lines) of each section, in the current language."""
        return [(title, lines) for _, title, lines in self._sections()]

    def _sections(self) -> list[tuple[str, str, list[str]]]:
        """(kind, title, lines): the kind says how the PDF sets it ("mono" for keys and codes)."""
        return [
            ("mono", translate("RecoverySheet", "Vault"),
             [translate("RecoverySheet", "Vault id: {id}").format(id=self.vault_id),
              translate("RecoverySheet", "Folder: {folder}").format(folder=self.vault_folder),
              translate("RecoverySheet", "Created: {time}").format(time=self.created)]),
            ("mono", translate("RecoverySheet", "Recovery key (opens the vault and every backup)"), [self.recovery_key]),
            ("mono", translate("RecoverySheet", "Signing-key fingerprint (checks that a backup is genuine)"),
             [self.signing_key_fingerprint]),
            ("mono", translate("RecoverySheet", "Recovery codes for {user} (each works once, instead of the"
                                                " authenticator code)").format(user=self.username),
             ["   ".join(self.recovery_codes[i:i + 2]) for i in range(0, len(self.recovery_codes), 2)]),
            ("warning", translate("RecoverySheet", "Warning"), [translate("RecoverySheet", WARNING)]),
        ]

    def text(self) -> str:
        out = [_title(), ""]
        for title, lines in self.sections():
            out += [title, *[f"  {line}" for line in lines], ""]
        return "\n".join(out)

    def save_pdf(self, path: str | Path, *, force: bool = False) -> Path:
        """Write the sheet as a PDF at ``path``: never inside a vault folder (the sheet opens the
        vault and every backup), never over a device or folder, over an existing file only with
        ``force`` (``vault.fsutil.check_output_path``, checked before the PDF is made)."""
        from fpdf import FPDF

        check_output_path(path, force=force, vault_folders=[self.vault_folder])

        pdf = FPDF(format="A4")
        pdf.add_font("Sans", "", FONTS / "DejaVuSans.ttf")
        pdf.add_font("Sans", "B", FONTS / "DejaVuSans-Bold.ttf")
        pdf.add_font("Mono", "", FONTS / "DejaVuSansMono.ttf")
        pdf.set_title(_title())
        pdf.set_creator("VaultCRM")
        pdf.add_page()
        pdf.set_margins(18, 18, 18)
        pdf.set_font("Sans", "B", 20)
        pdf.cell(0, 12, _title(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(0, 6, translate("RecoverySheet", "Print this page or keep the file offline. Do not e-mail it"
                                                        " or store it in the vault."),
                       align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for kind, title, lines in self._sections():
            pdf.set_text_color(20, 60, 120) if kind != "warning" else pdf.set_text_color(170, 30, 30)
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 8, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            mono = kind == "mono"
            pdf.set_font("Mono" if mono else "Sans", "", 10 if mono else 11)
            for line in lines:
                pdf.multi_cell(0, 6, line, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        data = bytes(pdf.output())
        return write_output(path, data, force=force, vault_folders=[self.vault_folder])



def _title() -> str:
    return translate("RecoverySheet", "VaultCRM recovery sheet")
