"""The help for the first team setup, reachable from every team dialog (a Help button)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ui import dialogs


def team_help_text() -> str:
    return "\n\n".join([
        QCoreApplication.translate("TeamHelp", "Working as a team: every laptop keeps its own complete, encrypted "
                                               "vault and works offline. When it can reach the team's sync location, "
                                               "it sends its changes and takes everyone else's."),
        QCoreApplication.translate("TeamHelp", "1. On the administrator's laptop, choose Administration > Start a "
                                               "team… and a sync location: a shared folder, SFTP, WebDAV or S3, as "
                                               "for backups. The location only ever stores encrypted files."),
        QCoreApplication.translate("TeamHelp", "2. Choose Administration > Invite a laptop…, pick the colleague "
                                               "and their profile, save the invitation file and give it to them with "
                                               "the one-time code, told separately (in person or by phone)."),
        QCoreApplication.translate("TeamHelp", "3. On the new laptop, choose Join a team… on the start screen, open "
                                               "the invitation, type the code, then set your own password and "
                                               "authenticator. Check that the fingerprint shown matches the one on "
                                               "the administrator's screen."),
        QCoreApplication.translate("TeamHelp", "4. The administrator approves the laptop in Administration > "
                                               "Pending laptops…; the new laptop then downloads the book."),
        QCoreApplication.translate("TeamHelp", "Every laptop holds the whole book; a profile limits what the app "
                                               "shows and does on it. Revoking a laptop stops it from syncing, but "
                                               "the data already on it stays there."),
    ])


def show_team_help(parent: QWidget | None) -> None:
    dialogs.info(parent, QCoreApplication.translate("TeamHelp", "Working as a team"), team_help_text())


def help_button(parent: QWidget) -> QPushButton:
    btn = QPushButton(QCoreApplication.translate("TeamHelp", "Help"))
    btn.setObjectName("teamHelp")
    btn.setAccessibleName(QCoreApplication.translate("TeamHelp", "Help on working as a team"))
    btn.clicked.connect(lambda: show_team_help(parent))
    return btn
