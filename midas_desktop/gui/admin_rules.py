"""Administrator: the stay rules of the post (rows of the rule book), the post's settings, the watchlist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import local_settings
from midas_desktop.gui.labels import RULE_KINDS, label
from midas_desktop.gui.ops import CollectionOp, QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession


class RulesView(QWidget):
    sig_rules_changed = Signal()

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rules: list[dict[str, object]] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Stay rules"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Admitting country"),
                self.tr("Nationality"),
                self.tr("Kind"),
                self.tr("Days (N)"),
                self.tr("Window (M)"),
                self.tr("Shared area"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.currentCellChanged.connect(lambda row, *_: self._load_row(row))
        left.addWidget(
            QLabel(self.tr("'*' is every admitting country; an empty nationality is every nationality."))
        )
        left.addWidget(self.table, 1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        rule_box = QGroupBox(self.tr("Rule"))
        form = QFormLayout(rule_box)
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Admitting country"))
        self.nationality = QLineEdit()
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Days per entry"), "per_entry")
        self.kind.addItem(self.tr("N days in any M days"), "rolling")
        self.kind.addItem(self.tr("Shared area"), "shared_area")
        self.max_days = QSpinBox()
        self.max_days.setRange(1, 3650)
        self.max_days.setValue(90)
        self.max_days.setAccessibleName(self.tr("Days (N)"))
        self.window_days = QSpinBox()
        self.window_days.setRange(0, 3650)
        self.window_days.setSpecialValueText("—")
        self.window_days.setAccessibleName(self.tr("Window (M)"))
        self.area = QLineEdit()
        self.area.setPlaceholderText("GTM,SLV,HND,NIC")
        self.area.setAccessibleName(self.tr("Shared area"))
        for caption, widget in (
            (self.tr("Admitting country"), self.country),
            (self.tr("Nationality"), self.nationality),
            (self.tr("Kind"), self.kind),
            (self.tr("Days (N)"), self.max_days),
            (self.tr("Window (M)"), self.window_days),
            (self.tr("Shared area"), self.area),
        ):
            form.addRow(caption, widget)
        self.save_button = QPushButton(self.tr("&Save rule"))
        self.save_button.clicked.connect(self.save_rule)
        self.delete_button = QPushButton(self.tr("&Delete rule"))
        self.delete_button.clicked.connect(self.delete_rule)
        form.addRow(self.save_button)
        form.addRow(self.delete_button)
        right.addWidget(rule_box)
        self.post_box = PostSettingsBox(session)
        right.addWidget(self.post_box)
        right.addStretch()
        layout.addLayout(right, 2)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.stay_rules import list_rules

        QueryOp(parent=self, op=list_rules, name="list_rules").success(self._show_rules).run_in_background()

    def _show_rules(self, rules: list[dict[str, object]]) -> None:
        self.rules = rules
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            area = rule["area"]
            values = (
                rule["admitting_country"],
                rule["nationality"] or self.tr("(all)"),
                label(RULE_KINDS, str(rule["kind"])),
                rule["max_days"],
                rule["window_days"] or "",
                ",".join(area) if isinstance(area, list) else "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))

    def _load_row(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.country.setText(str(rule["admitting_country"]))
        self.nationality.setText(str(rule["nationality"] or ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule["kind"])))
        self.max_days.setValue(int(str(rule["max_days"])))
        self.window_days.setValue(int(str(rule["window_days"] or 0)))
        area = rule["area"]
        self.area.setText(",".join(area) if isinstance(area, list) else "")

    def save_rule(self) -> None:
        from midas_desktop.services.stay_rules import upsert_rule

        country, nationality = self.country.text(), self.nationality.text() or None
        kind, max_days = str(self.kind.currentData()), self.max_days.value()
        window_days, area = self.window_days.value() or None, self.area.text().split(",")

        def save(session: PostSession) -> object:
            return upsert_rule(
                session,
                admitting_country=country,
                nationality=nationality,
                kind=kind,
                max_days=max_days,
                window_days=window_days,
                area=area,
            )

        CollectionOp(parent=self, op=save, name="upsert_rule", changes="rules").success(
            lambda _result: self._changed()
        ).run_in_background()

    def _changed(self) -> None:
        self.refresh()
        self.sig_rules_changed.emit()

    def delete_rule(self) -> None:
        from midas_desktop.services.stay_rules import delete_rule

        row = self.table.currentRow()
        if not 0 <= row < len(self.rules):
            return
        rule_id = int(str(self.rules[row]["id"]))
        CollectionOp(
            parent=self, op=lambda session: delete_rule(session, rule_id), name="delete_rule", changes="rules"
        ).success(lambda _result: self._changed()).run_in_background()


class PostSettingsBox(QGroupBox):
    """The post (read from the store) and this PC's settings (the watchlist has a screen of its own)."""

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Post and this PC"), parent)
        self.session = session
        form = QFormLayout(self)
        post = session.post
        form.addRow(self.tr("Post"), QLabel(f"{post.code} — {post.name}"))
        form.addRow(self.tr("Country / time zone"), QLabel(f"{post.country} / {post.timezone or '—'}"))
        self.idle = QDoubleSpinBox()
        self.idle.setRange(0.5, 240)
        self.idle.setValue(local_settings.idle_minutes())
        self.idle.setSuffix(" min")
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.drop_folder = QLineEdit(local_settings.drop_folder())
        self.drop_folder.setAccessibleName(self.tr("Scanner drop folder"))
        self.camera = QLineEdit(local_settings.camera_source())
        self.camera.setAccessibleName(self.tr("Camera (number or video file)"))
        form.addRow(self.tr("Lock after idle"), self.idle)
        form.addRow(self.tr("Scanner drop folder"), self.drop_folder)
        form.addRow(self.tr("Camera"), self.camera)
        save = QPushButton(self.tr("Save PC settings"))
        save.clicked.connect(self.save)
        form.addRow(save)

    def save(self) -> None:
        local_settings.save(
            idle_minutes=self.idle.value(),
            drop_folder=self.drop_folder.text().strip(),
            camera_source=self.camera.text().strip() or "0",
        )
