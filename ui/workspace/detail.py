"""The customer detail pane: contact data, addresses, tags, custom fields, sensitive fields
(masked, with Reveal where allowed), interactions, deals, purchase preferences and the record's
audit history."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.records import MASK

from ..common import links
from ..common.dates import format_date, format_datetime
from ..common.flow import FlowLayout, flow_row
from ..common.labels import (
    KINDS,
    SENSITIVE,
    contact_label,
    history_label,
    kind_label,
    sensitive_label,
    status_label,
)
from ..common.money import format_money
from ..common.widgets import Note
from .detail_widgets import LinkButton, PaneButton, name_label, shrinkable, value_label

MIN_WIDTH = 340   # the narrowest the pane gets (the splitter stops there): everything still fits

SENSITIVE_LABELS = SENSITIVE  # key -> English label (marked for translation in ui.common.labels)


def when(text: str | None) -> str:
    return format_datetime(text)


def money(minor: int, currency: str) -> str:
    return format_money(minor, currency)


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()
            w.deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())


class DetailView(QScrollArea):
    edit_requested = Signal()
    delete_requested = Signal()
    reveal_requested = Signal()
    copy_requested = Signal(str)
    interaction_logged = Signal(str, str)     # kind, summary
    privacy_action = Signal(str)              # export, restrict, lift, erase
    deal_requested = Signal(object)           # None: a new deal; else the deal's id to edit
    consent_requested = Signal()              # record a consent
    consent_withdraw = Signal(int, str)       # consent id, purpose
    preference_requested = Signal()           # add a purchase preference
    preference_remove = Signal(int, str)      # preference id, its category
    deal_delete = Signal(int, str)            # deal id, its title (the Delete key on a deal)
    link_failed = Signal(str)                 # a mailto:/tel: link no program took

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.can_edit = session.can("customers.update") or session.can("contacts.update")
        self.can_delete = session.can("customers.delete")
        self.can_reveal = session.can("sensitive.read")
        self.can_log = session.can("interactions.write")
        self.can_write_deals = session.can("deals.write")
        self.new_deal_btn: QPushButton | None = None
        self.deal_buttons: dict[int, QPushButton] = {}
        self.can_manage_privacy = session.can("privacy.manage")
        self.consent_btn: QPushButton | None = None
        self.withdraw_buttons: dict[int, QPushButton] = {}
        self.can_edit_preferences = session.can("customers.update")
        self.preference_btn: QPushButton | None = None
        self.preference_buttons: dict[int, QPushButton] = {}
        self.contact_links: list[LinkButton] = []   # kind_box and summary_edit exist only where logging is allowed
        self.record: dict | None = None
        self._sensitive: dict = {}
        self.revealed = False
        self.setWidgetResizable(True)
        # no sideways scrolling: every row wraps or elides to the pane's width instead
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MIN_WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Customer details"))
        body = QWidget()
        body.setObjectName("detail")
        self.setWidget(body)
        self.lay = QVBoxLayout(body)
        self.lay.setContentsMargins(20, 16, 20, 16)
        self.lay.setSpacing(6)
        head = QHBoxLayout()
        self.name = value_label("")
        self.name.setObjectName("detailName")
        self.status = QLabel()
        self.status.setObjectName("status")
        head.addWidget(self.name, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.lay.addLayout(head)
        self.subtitle = value_label("")
        self.subtitle.setObjectName("muted")
        self.lay.addWidget(self.subtitle)
        self.edit_btn = PaneButton(self.tr("Edit"), self.tr("Edit customer"))
        self.edit_btn.clicked.connect(self.edit_requested)
        self.delete_btn = PaneButton(self.tr("Delete"), self.tr("Delete customer"), "danger")
        self.delete_btn.clicked.connect(self.delete_requested)
        self.lay.addLayout(flow_row(self.edit_btn, self.delete_btn))
        self.sections = QVBoxLayout()
        self.sections.setSpacing(4)
        self.lay.addLayout(self.sections)
        self.lay.addStretch(1)
        self.placeholder = Note(self.tr("Select a customer to see the details."))
        self.lay.insertWidget(0, self.placeholder)
        self.clear()

    # ---------------------------------------------------------------------------- content
    def clear(self) -> None:
        self.record = None
        self._sensitive = {}
        self.revealed = False
        self.name.clear()
        self.status.clear()
        self.subtitle.clear()
        _clear_layout(self.sections)
        self.new_deal_btn = None
        self.deal_buttons = {}
        self.consent_btn = None
        self.withdraw_buttons = {}
        self.preference_btn = None
        self.preference_buttons = {}
        self.contact_links = []
        for w in (self.name, self.status, self.subtitle, self.edit_btn, self.delete_btn):
            w.hide()
        self.placeholder.show()

    def show_record(self, data: dict) -> None:
        self.clear()
        rec = data["record"]
        self.record = rec
        self.placeholder.hide()
        self._show_header(rec)
        self._contact(rec)
        self._tags(rec["tags"])
        labels = {f["key"]: f.get("label") or f["key"] for f in data.get("custom_fields") or []}
        dates = {f["key"] for f in data.get("custom_fields") or [] if f.get("type") == "date"}
        if rec["custom"]:
            self._section(self.tr("Custom fields"), [(labels.get(k, k), format_date(v) if k in dates else v, False)
                                                     for k, v in rec["custom"].items()])
        self._about(rec)
        self._sensitive = dict(rec["sensitive"])
        if any(self._sensitive.values()) or self.can_reveal:
            self._sensitive_section(masked_by_service=bool(rec.get("masked")))
        self._interactions(data.get("interactions") or [])
        if data.get("deals") is not None:
            self._deals(data["deals"], data.get("purchases") or {})
        if data.get("preferences") is not None:
            self._preferences(data["preferences"])
        host = getattr(self, "attachments_context", None)
        if host is not None:  # files on the customer and on their deals (issue 16)
            from ..attachments.panel import AttachmentsPanel

            self.attachments = AttachmentsPanel(*host, rec["id"])
            self.sections.addWidget(self.attachments)
        if data.get("privacy") is not None:
            self._privacy(data["privacy"])
        history = data.get("history")
        if history is not None:
            self._history(history)

    def _show_header(self, rec: dict) -> None:
        """Name, status badge and subtitle, and the Edit/Delete buttons the profile may use."""
        self.name.setText(rec["display_name"])
        self.name.setToolTip(rec["display_name"])
        self.status.setText(status_label(rec["status"]))
        self.status.setProperty("state", rec["status"])
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        sub = [p for p in (rec.get("job_title"), rec.get("company_name") if rec["kind"] == "person" else
                           self.tr("Company")) if p]
        self.subtitle.setText(" · ".join(sub))
        for w in (self.name, self.status, self.subtitle):
            w.show()
        self.edit_btn.setVisible(self.can_edit)
        self.delete_btn.setVisible(self.can_delete)

    def _contact(self, rec: dict) -> None:
        """The Contact section (e-mails, phones) and, when there are any, the Addresses."""
        rows = []
        for e in rec["emails"]:
            rows.append((contact_label(e["label"]) or self.tr("Email"), e["value"], "email"))
        for p in rec["phones"]:
            rows.append((contact_label(p["label"]) or self.tr("Phone"), p["value"], "phone"))
        self._section(self.tr("Contact"), rows, empty=self.tr("No e-mail or phone yet."))
        addr_rows = []
        for a in rec["addresses"]:
            lines = [a.get("street", ""), " ".join(p for p in (a.get("postcode"), a.get("city")) if p),
                     " ".join(p for p in (a.get("region"), a.get("country")) if p)]
            addr_rows.append((contact_label(a.get("label")) or self.tr("Address"), "\n".join(x for x in lines if x), True))
        if addr_rows:
            self._section(self.tr("Addresses"), addr_rows)

    def _tags(self, tags: list[str]) -> None:
        if not tags:
            return
        self._title(self.tr("Tags"))
        row = FlowLayout()
        for t in tags:
            chip = QLabel(t)
            chip.setObjectName("chip")
            chip.setToolTip(t)
            chip.setMaximumWidth(MIN_WIDTH - 60)
            row.addWidget(chip)
        self.sections.addLayout(row)

    def _about(self, rec: dict) -> None:
        info = [(self.tr("Owner"), rec.get("owner_name") or "", False),
                (self.tr("Last contact"), when(rec.get("last_contact_at")) or self.tr("never"), False),
                (self.tr("Created"), when(rec.get("created_at")), False),
                (self.tr("Updated"), when(rec.get("updated_at")), False)]
        if rec.get("notes"):
            info.insert(0, (self.tr("Notes"), rec["notes"], False))
        self._section(self.tr("About"), info)

    def _history(self, history: list[dict]) -> None:
        self._section(self.tr("History"), [(when(e["at"]),
                                            self.tr("{0} by {1}").format(
                                                history_label(e["action"]),
                                                e["user"] or "?"), False) for e in history[:20]],
                      empty=self.tr("No history."))

    def _interactions(self, items: list[dict]) -> None:
        self._title(self.tr("Interactions"))
        if self.can_log:
            row = QHBoxLayout()
            self.kind_box = QComboBox()
            self.kind_box.setAccessibleName(self.tr("Kind of interaction"))
            for k in KINDS:
                self.kind_box.addItem(kind_label(k), k)
            self.summary_edit = shrinkable(QLineEdit())
            self.summary_edit.setAccessibleName(self.tr("What happened"))
            self.summary_edit.setPlaceholderText(self.tr("What happened?"))
            self.summary_edit.setMinimumWidth(80)
            log = PaneButton(self.tr("Log"), self.tr("Log the interaction"))
            log.clicked.connect(self._log)
            self.summary_edit.returnPressed.connect(self._log)
            row.addWidget(self.kind_box)
            row.addWidget(self.summary_edit, 1)
            row.addWidget(log)
            self.sections.addLayout(row)
            from ..tasks.follow_up import FollowUpRow

            self.follow_up = FollowUpRow()   # "Follow up on …": a task with the interaction (issue 16)
            self.sections.addWidget(self.follow_up)
        rows = [(f"{when(i['occurred_at'])}  {kind_label(i['kind'])}",
                 (i.get("summary") or "") + (f"  — {i['user_name']}" if i.get("user_name") else ""), False)
                for i in items[:30]]
        self._section_rows(rows, self.tr("No interactions yet."))

    def _log(self) -> None:
        text = self.summary_edit.text().strip()
        if text:
            self.interaction_logged.emit(self.kind_box.currentData(), text)
            self.summary_edit.clear()
            self.follow_up.reset()

    def _deals(self, deals: list[dict], purchases: dict) -> None:
        self._title(self.tr("Deals and purchases"))
        stages = {"open": self.tr("Open"), "qualified": self.tr("Qualified"), "proposal": self.tr("Proposal"),
                  "negotiation": self.tr("Negotiation"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        if self.can_write_deals:
            self.new_deal_btn = PaneButton(self.tr("New deal…"), self.tr("New deal"))
            self.new_deal_btn.clicked.connect(lambda: self.deal_requested.emit(None))
            self.sections.addLayout(flow_row(self.new_deal_btn))
        rows = [(d["title"], f"{money(d['amount_minor'], d['currency'])} · {stages.get(d['stage'], d['stage'])}"
                 + (f" · {self.tr('closed')} {format_date(d['closed_at'])}" if d.get("closed_at") else ""), False)
                for d in deals[:30]]
        if rows and self.can_write_deals:
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setColumnStretch(1, 1)
            for i, ((label, value, _c), d) in enumerate(zip(rows, deals[:30], strict=True)):
                name = name_label(label)
                val = value_label(value)
                btn = PaneButton(self.tr("Edit"), self.tr("Edit deal {0}").format(label), "flat",
                                 on_delete=lambda did=d["id"], t=label: self.deal_delete.emit(did, t))
                btn.clicked.connect(lambda _=False, did=d["id"]: self.deal_requested.emit(did))
                self.deal_buttons[d["id"]] = btn
                grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(val, i, 1)
                grid.addWidget(btn, i, 2)
            self.sections.addLayout(grid)
            rows = []
        totals = purchases.get("totals") or {}
        if totals:
            rows.append((self.tr("Bought in total"), ", ".join(money(v, c) for c, v in sorted(totals.items())), False))
        if rows or not deals:
            self._section_rows(rows, self.tr("No deals yet."))

    def _preferences(self, prefs: list[dict]) -> None:
        self._title(self.tr("Purchase preferences"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(1, 1)
        for i, p in enumerate(prefs):
            name = name_label(p["category"])
            val = value_label(" · ".join(x for x in (p.get("preference"), p.get("notes")) if x))
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(val, i, 1)
            if self.can_edit_preferences:
                btn = PaneButton(self.tr("Remove"), self.tr("Remove preference {0}").format(p["category"]), "flat")
                btn.on_delete = btn.click
                btn.clicked.connect(lambda _=False, pid=p["id"], c=p["category"]: self.preference_remove.emit(pid, c))
                self.preference_buttons[p["id"]] = btn
                grid.addWidget(btn, i, 2)
        if prefs:
            self.sections.addLayout(grid)
        else:
            self.sections.addWidget(Note(self.tr("No purchase preferences recorded.")))
        if self.can_edit_preferences:
            self.preference_btn = PaneButton(self.tr("Add preference…"), self.tr("Add purchase preference"))
            self.preference_btn.clicked.connect(self.preference_requested)
            self.sections.addLayout(flow_row(self.preference_btn))

    def _privacy(self, info: dict) -> None:
        from .consent import basis_labels

        self._title(self.tr("Privacy"))
        rows = [(self.tr("Processing"), self.tr("RESTRICTED: no export, no edits but by privacy managers")
                 if info["restricted"] else self.tr("normal"), False)]
        self._section_rows(rows)
        bases = basis_labels()
        consents = info.get("consents") or []
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(1, 1)
        for i, c in enumerate(consents):
            state = self.tr("withdrawn {0}").format(when(c.get("withdrawn_at"))) if c.get("withdrawn_at") \
                else self.tr("given {0}").format(when(c.get("given_at")))
            text = f"{c.get('purpose', '')} ({bases.get(c.get('lawful_basis'), c.get('lawful_basis', ''))}): {state}"
            if c.get("source"):
                text += " · " + self.tr("source: {0}").format(c["source"])
            grid.addWidget(name_label(self.tr("Consent")), i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value_label(text), i, 1)
            if self.can_manage_privacy and not c.get("withdrawn_at"):
                btn = PaneButton(self.tr("Withdraw"), self.tr("Withdraw consent for {0}").format(c.get("purpose", "")),
                                 "flat")
                btn.on_delete = btn.click
                btn.clicked.connect(lambda _=False, cid=c["id"], p=c.get("purpose", ""):
                                    self.consent_withdraw.emit(cid, p))
                self.withdraw_buttons[c["id"]] = btn
                grid.addWidget(btn, i, 2)
        if consents:
            self.sections.addLayout(grid)
        else:
            self.sections.addWidget(Note(self.tr("No consent recorded.")))
        row = FlowLayout()
        actions = [("export", self.tr("Export everything held…")),
                   ("lift" if info["restricted"] else "restrict",
                    self.tr("Lift restriction") if info["restricted"] else self.tr("Restrict processing")),
                   ("erase", self.tr("Erase…"))]
        if self.can_manage_privacy:
            self.consent_btn = PaneButton(self.tr("Record consent…"), self.tr("Record consent"))
            self.consent_btn.clicked.connect(self.consent_requested)
            row.addWidget(self.consent_btn)
        for key, text in actions:
            b = PaneButton(text, text, "danger" if key == "erase" else "")
            b.clicked.connect(lambda _=False, k=key: self.privacy_action.emit(k))
            row.addWidget(b)
        self.sections.addLayout(row)

    def _title(self, text: str) -> None:
        t = QLabel(text)
        t.setObjectName("sectionTitle")
        self.sections.addWidget(t)

    def _section(self, title: str, rows: list[tuple[str, str, bool]], empty: str = "") -> None:
        self._title(title)
        self._section_rows(rows, empty)

    def _section_rows(self, rows: list[tuple[str, str, bool | str]], empty: str = "") -> None:
        """Label, value and what the row offers: False nothing, True Copy, "email"/"phone" a link and Copy."""
        if not rows:
            self.sections.addWidget(Note(empty))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(1, 1)
        for i, (label, value, copyable) in enumerate(rows):
            grid.addWidget(name_label(label), i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._link(value, copyable) if copyable in ("email", "phone") else value_label(value), i, 1)
            if copyable:
                btn = PaneButton(self.tr("Copy"), self.tr("Copy {0}").format(label), "flat")
                btn.clicked.connect(lambda _=False, v=value: self.copy_requested.emit(v))
                grid.addWidget(btn, i, 2, Qt.AlignmentFlag.AlignTop)
        self.sections.addLayout(grid)

    def _link(self, value: str, kind: str) -> LinkButton:
        text = self.tr("Write to {0}") if kind == "email" else self.tr("Call {0}")
        link = LinkButton(value, text.format(value))
        link.clicked.connect(lambda _=False, v=value, k=kind: self.contact(k, v))
        self.contact_links.append(link)
        return link

    def contact(self, kind: str, value: str) -> None:
        """Open the system's mail or phone program for the value, then get the interaction form ready."""
        url = links.mail_url(value) if kind == "email" else links.phone_url(value)
        if not links.open_url(url):
            self.link_failed.emit(self.tr("No program on this computer opens {0} links.").format(url.scheme()))
            return
        if self.can_log and hasattr(self, "summary_edit"):
            self.kind_box.setCurrentIndex(self.kind_box.findData("email" if kind == "email" else "call"))
            self.summary_edit.setText((self.tr("E-mail to {0}: ") if kind == "email" else
                                       self.tr("Call to {0}: ")).format(value))
            self.summary_edit.setFocus()
            self.ensureWidgetVisible(self.summary_edit)

    def _sensitive_section(self, masked_by_service: bool) -> None:
        self._title(self.tr("Sensitive"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.sensitive_labels = {}
        for i, key in enumerate(SENSITIVE_LABELS):
            value = self._sensitive.get(key) or ""
            name = QLabel(sensitive_label(key))
            name.setObjectName("muted")
            val = shrinkable(QLabel(MASK if value else "—"))
            val.setWordWrap(True)
            val.setAccessibleName(sensitive_label(key))
            grid.addWidget(name, i, 0)
            grid.addWidget(val, i, 1)
            self.sensitive_labels[key] = val
        self.sections.addLayout(grid)
        self.reveal_btn = PaneButton(self.tr("Reveal"), self.tr("Reveal sensitive fields"))
        self.reveal_btn.setToolTip(self.tr("Showing sensitive fields is recorded in the audit log."))
        can = self.can_reveal and not masked_by_service and any(self._sensitive.values())
        self.reveal_btn.clicked.connect(self.reveal_requested)
        self.sections.addLayout(flow_row(self.reveal_btn))
        self.reveal_btn.setVisible(can)

    def sensitive_values(self) -> dict:
        return dict(self._sensitive)

    def reveal(self) -> None:
        """After the worker recorded the reveal in the audit log."""
        if self.record is None or not self.can_reveal:
            return
        for key, label in self.sensitive_labels.items():
            value = self._sensitive.get(key) or ""
            label.setText((format_date(value) if key == "date_of_birth" else value) or "—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revealed = True
        self.reveal_btn.hide()
