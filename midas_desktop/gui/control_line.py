"""The officer's control line: document in, verdict and figures out, the decision recorded.

Three parts under one verdict band: the document input (``counter.document_input``), the checks
(``counter.checks_panel``) and the decision (``counter.record_panel``). This view ties them together;
every use of the store is an op on the session's database thread (``ops``), so the screen never
waits for the store, and only one traveller is ever on screen: a new document (or Esc) clears
everything of the last one before its own check starts.

Keyboard path for a clean document: the wedge types the lines and its Enter runs the check; the focus
then goes to the likely button (Entry, or Exit for a traveller in the country), so Enter records it.
On a stop (``domain.verdict``) the focus goes to "Refer to a supervisor" instead: Enter never admits,
and recording needs a reason. F9 / F10 record an entry / exit, F11 refuses, F12 refers, from anywhere
in the screen; Esc clears; Ctrl+M goes back to the MRZ box.

A banner on top says when recorded crossings have waited unsent longer than the post's warning, and
when they are past its hard limit (then recording is disabled; the service refuses anyway).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from midas_desktop.domain.roles import Action, may
from midas_desktop.domain.verdict import Tone, Verdict, assess_verdict
from midas_desktop.gui import workers
from midas_desktop.gui.counter.checks_panel import ChecksPanel, VerdictBand
from midas_desktop.gui.counter.document_input import DocumentInput
from midas_desktop.gui.counter.record_panel import RecordPanel
from midas_desktop.gui.counter.wording import reason_text
from midas_desktop.gui.dialogs import ExtensionDialog, OverrideDialog, ReferDialog, RefusalDialog
from midas_desktop.gui.labels import fill, format_date, set_tone
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ops import CollectionOp, QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.checks import TravellerCheck
    from midas_desktop.services.outbox import OutboxState
    from midas_desktop.services.session import PostSession


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _asked(dialog: QDialog) -> bool:
    """Run a dialog of the counter; it goes away afterwards (the window gets the keyboard back)."""
    accepted = bool(dialog.exec())
    dialog.hide()
    dialog.deleteLater()
    owner = dialog.parentWidget()
    if owner is not None:
        owner.window().activateWindow()  # the keys (F9-F12, Enter) go to the counter again at once
    return accepted


def _scrolled(widget: QWidget) -> QScrollArea:
    """A panel that scrolls on a small screen instead of squeezing its labels over each other."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class ControlLineView(QWidget):
    sig_check_shown = Signal(object)  # TravellerCheck
    sig_crossing_recorded = Signal(dict)  # CrossingResult.to_dict()
    sig_referred = Signal(list)  # the alerts raised (alert_dict)
    sig_image_read = Signal(dict)  # the reader's result object
    sig_outbox_state = Signal(object)  # services.outbox.OutboxState
    sig_extension_granted = Signal(dict)  # ExtensionResult.to_dict()
    sig_cleared = Signal()

    def __init__(
        self, session: PostSession, parent: QWidget | None = None, clock: Callable[[], dt.datetime] = _now
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.current_lines: list[str] = []
        self.current_source = ""
        self.current_unsure = False  # the image reader was unsure of the current lines
        self.current_check: TravellerCheck | None = None
        self.current_verdict: Verdict | None = None
        self.default_days: int | None = None
        self.captures_refused = False
        self.busy = False  # a decision is being recorded: no second one meanwhile
        self.generation = 0  # the document on screen; results of an older one are dropped

        self.outbox_banner = QLabel()
        self.outbox_banner.setWordWrap(True)
        self.outbox_banner.setAccessibleName(self.tr("Unsent records"))
        self.outbox_banner.setVisible(False)
        self.verdict_band = VerdictBand()
        self.document_input = DocumentInput()
        self.checks_panel = ChecksPanel()
        self.record_panel = RecordPanel(may_extend=may(session.user.role, Action.GRANT_EXTENSION))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.outbox_banner)
        layout.addWidget(self.verdict_band)
        grid = QGridLayout()
        grid.addWidget(_scrolled(self.document_input), 0, 0)
        grid.addWidget(_scrolled(self.checks_panel), 0, 1)
        grid.addWidget(_scrolled(self.record_panel), 0, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid, 1)

        # The parts' widgets, under the names the rest of the app (and its tests) use.
        self.wedge = self.document_input.wedge
        self.verdict = self.verdict_band.headline
        self.stay_label = self.checks_panel.stay_label
        self.history = self.checks_panel.history
        self.entry_button = self.record_panel.entry_button
        self.exit_button = self.record_panel.exit_button
        self.refuse_button = self.record_panel.refuse_button
        self.refer_button = self.record_panel.refer_button
        self.extension_button = self.record_panel.extension_button
        self.days_granted = self.record_panel.days_granted
        self.record_result = self.record_panel.record_result
        self.record_alerts = self.record_panel.record_alerts

        self.document_input.sig_lines_submitted.connect(self.check_lines)
        self.document_input.sig_image_read.connect(self.sig_image_read.emit)
        self.record_panel.sig_record_requested.connect(self.record)
        self.record_panel.sig_refuse_requested.connect(self.refuse_entry)
        self.record_panel.sig_refer_requested.connect(self.refer)
        self.record_panel.sig_extension_requested.connect(self.grant_extension)
        self._set_tab_order()

        for keys, slot in (
            ("F9", lambda: self.record("entry")),
            ("F10", lambda: self.record("exit")),
            ("F11", self.refuse_entry),
            ("F12", self.refer),
            ("Ctrl+O", self.document_input.open_image),
            ("Ctrl+K", self.document_input.toggle_camera),
            ("Escape", self.clear),
            ("Ctrl+M", self.wedge.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.outbox_timer = QTimer(self)
        self.outbox_timer.timeout.connect(self.refresh_outbox_state)
        self.outbox_timer.start(5 * 60_000)  # ages move on even when nothing is recorded
        self.refresh_outbox_state()
        self.wedge.setFocus()

    def _set_tab_order(self) -> None:
        """MRZ box, its buttons, then the decision from days to the last button, then the past stays."""
        chain: list[QWidget] = [
            self.wedge,
            self.document_input.check_button,
            self.document_input.image_button,
            self.document_input.camera_button,
            *self.record_panel.decision_widgets(),
            self.history,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- one traveller at a time ------------------------------------------------------------------

    def _forget_traveller(self) -> None:
        self.generation += 1
        self.current_check = None
        self.current_verdict = None
        self.current_lines = []
        self.default_days = None
        self.checks_panel.clear()
        self.record_panel.clear()
        self._apply_state()

    def clear(self) -> None:
        """Esc: everything of the last traveller goes, and the MRZ box waits for the next."""
        self._forget_traveller()
        self.document_input.clear()
        self.verdict_band.show_waiting()
        self.wedge.setFocus()
        self.sig_cleared.emit()

    def _ready_for_next(self) -> None:
        """After a decision: what was decided stays in view until the next document comes."""
        self.generation += 1
        self.current_check = None
        self.current_verdict = None
        self.current_lines = []
        self.record_panel.vehicle.clear()
        self._apply_state()
        self.document_input.ready_for_next()

    def _apply_state(self, *, focus: bool = True) -> None:
        """The decision buttons for the verdict shown; the focus on the one Enter should press."""
        target = self.record_panel.set_state(
            self.current_verdict,
            in_country=self.current_check is not None and self.current_check.in_country,
            captures_refused=self.captures_refused,
            busy=self.busy,
            default_days=self.default_days,
        )
        if not focus:
            return
        if target is not None:
            target.setFocus()
        elif (
            not self.busy
            and (focused := QApplication.focusWidget()) is not None
            and (self.record_panel.isAncestorOf(focused))
        ):
            self.wedge.setFocus()  # F9-F12 keep working from the box

    # --- checking -------------------------------------------------------------------------------

    def check_lines(self, lines: list[str], source: str = "reader") -> None:
        from midas_desktop.services.checks import check_traveller

        if not lines:
            return
        self._forget_traveller()
        generation = self.generation
        self.current_source = source
        self.current_unsure = self.document_input.reading_unsure(lines)
        self.verdict_band.show_checking()
        at = self.clock()
        QueryOp(
            parent=self,
            op=lambda session: check_traveller(session, lines, at),
            success=lambda check: self._check_done(generation, list(lines), at, check),
            name="check_traveller",
        ).failure(lambda exc: self._check_failed(generation, exc)).run_in_background()

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self.verdict_band.show_waiting()
        self.record_panel.show_message(user_message(exc), "danger")

    def _check_done(self, generation: int, lines: list[str], at: dt.datetime, check: TravellerCheck) -> None:
        if generation != self.generation:
            return  # another document came meanwhile
        from midas_desktop.domain.stay import StayResult
        from midas_desktop.services.clock import local_date

        day = local_date(at, self.session.post.timezone)
        verdict = assess_verdict(
            check.mrz,
            day=day,
            direction=check.suggested,
            figures=check.figures,
            watchlist_hits=check.watchlist_hits,
            previous_overstays=check.previous_overstays,
            in_country=check.in_country,
            possible_matches=len(check.possible_matches),
            reading_unsure=self.current_unsure,
        )
        self.current_lines = lines
        self.current_check = check
        self.current_verdict = verdict
        figures = check.figures
        self.default_days = (
            figures.allowance if isinstance(figures, StayResult) and figures.entering else None
        )
        self.verdict_band.show_verdict(verdict)
        self.checks_panel.show_check(check, verdict)
        self._apply_state()
        self.sig_check_shown.emit(check)

    # --- deciding -------------------------------------------------------------------------------

    def _may_decide(self) -> bool:
        if self.busy:
            return False
        if self.current_check is None or self.current_verdict is None:
            self.record_panel.show_message(self.tr("Scan or type a document first."))
            return False
        return True

    def _who(self) -> str:
        fields = self.current_check.mrz.fields if self.current_check is not None else None
        return f"{fields.surname}, {fields.given_names}" if fields else ""

    def record(self, direction: str) -> None:
        """F9 / F10: record the crossing; on a stop only with a reason (asked)."""
        from midas_desktop.services.crossings import CrossingRequest, Direction

        if not self._may_decide():
            return
        verdict = self.current_verdict
        assert verdict is not None
        if not verdict.recordable:
            self.record_panel.show_message(
                self.tr("This MRZ cannot be recorded as a crossing: refuse the entry or refer it."), "danger"
            )
            return
        if self.captures_refused:
            self.record_panel.show_message(self.outbox_banner.text(), "danger")
            return
        override: str | None = None
        if verdict.tone is Tone.STOP:
            dialog = OverrideDialog(self, direction, [reason_text(r) for r in verdict.stops])
            if not _asked(dialog) or not dialog.text():
                self._apply_state()
                return
            override = dialog.text()
        days: int | None = None
        if (
            direction == "entry"
            and self.default_days is not None
            and self.days_granted.value() < self.default_days
        ):
            days = self.days_granted.value()  # fewer than the rule allows; otherwise the rule decides
        panel = self.record_panel
        request = CrossingRequest(
            lines=tuple(self.current_lines),
            direction=Direction(direction),
            at=self.clock(),
            days_granted=days,
            purpose=str(panel.purpose.currentData()),
            transport=str(panel.transport.currentData()),
            vehicle=panel.vehicle.text().strip() or None,
            override_reason=override,
        )
        self._record(request, direction)

    def refuse_entry(self) -> None:
        """F11: refuse the entry of the traveller shown, with the reason (asked, required)."""
        from midas_desktop.services.crossings import CrossingRequest, Direction

        if not self._may_decide():
            return
        verdict = self.current_verdict
        assert verdict is not None
        if verdict.recordable and self.captures_refused:
            self.record_panel.show_message(self.outbox_banner.text(), "danger")
            return
        dialog = RefusalDialog(self, self._who())
        if not _asked(dialog) or not dialog.text():
            self._apply_state()
            return
        if not verdict.recordable:
            self._refer(decision="refused", reason=dialog.text())
            return
        panel = self.record_panel
        request = CrossingRequest(
            lines=tuple(self.current_lines),
            direction=Direction.ENTRY,
            at=self.clock(),
            purpose=str(panel.purpose.currentData()),
            transport=str(panel.transport.currentData()),
            vehicle=panel.vehicle.text().strip() or None,
            refusal_reason=dialog.text(),
        )
        self._record(request, "refused")

    def refer(self) -> None:
        """F12: an alert for the supervisor with the verdict's reasons and the document image."""
        if not self._may_decide():
            return
        verdict = self.current_verdict
        assert verdict is not None
        images = self.document_input.referral_images()
        dialog = ReferDialog(self, self._who(), [reason_text(r) for r in verdict.alerts], len(images))
        if not _asked(dialog):
            self._apply_state()
            return
        self._refer(decision="referred", reason=dialog.text())

    def _refer(self, *, decision: str, reason: str) -> None:
        from midas_desktop.services.referrals import CounterDecision, Referral, ReferralImage, refer

        verdict = self.current_verdict
        assert verdict is not None
        referral = Referral(
            lines=tuple(self.current_lines),
            at=self.clock(),
            decision=CounterDecision(decision),
            reason=reason,
            stop_reasons=[r.code for r in verdict.alerts],
            source=self.current_source,
            reading_unsure=self.current_unsure,
            images=[ReferralImage(kind, data) for kind, data in self.document_input.referral_images()],
        )
        self._set_busy(True)
        CollectionOp(
            parent=self,
            op=lambda session: refer(session, referral),
            name="refer",
            changes="alerts",
        ).success(lambda raised: self._referred(decision, raised)).failure(
            self._decision_failed
        ).run_in_background()

    def _referred(self, decision: str, raised: list[dict[str, Any]]) -> None:
        self._set_busy(False)
        when = self.clock().strftime("%H:%M")
        text = (
            self.tr("Referred to a supervisor at %1: alert no. %2.")
            if decision == "referred"
            else self.tr("Entry refused at %1: alert no. %2 for the supervisor.")
        )
        self.record_panel.show_message(fill(text, when, raised[0]["id"] if raised else "—"), "info")
        self.record_panel.show_alerts(raised)
        self.sig_referred.emit(raised)
        self._ready_for_next()

    def _record(self, request: Any, outcome: str) -> None:
        from midas_desktop.services.crossings import record_crossing

        self._set_busy(True)
        CollectionOp(
            parent=self,
            op=lambda session: record_crossing(session, request).to_dict(),
            name="record_crossing",
            changes="movements",
        ).success(lambda result: self._recorded(outcome, result)).failure(
            self._decision_failed
        ).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._apply_state()

    def _decision_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.record_panel.show_message(user_message(exc), "danger")
        self.refresh_outbox_state()

    def _recorded(self, outcome: str, result: dict[str, Any]) -> None:
        self._set_busy(False)
        self._show_recorded(outcome, result)
        self.sig_crossing_recorded.emit(result)
        self._ready_for_next()
        # No new reading of the unsent-records state: a new record never makes the oldest one older
        # (the timer and each sync read it again), and the next traveller's check need not queue behind it.

    def _show_recorded(self, outcome: str, result: dict[str, Any]) -> None:
        stay = result.get("stay") or {}
        when = self.clock().strftime("%H:%M")
        if outcome == "refused":
            text = fill(
                self.tr("Entry refused at %1; reason: %2."),
                when,
                str((result.get("movement") or {}).get("reason") or ""),
            )
        elif outcome == "entry":
            text = fill(self.tr("Entry recorded at %1."), when)
        else:
            text = fill(self.tr("Exit recorded at %1."), when)
        if stay.get("latest_exit"):
            text += " " + fill(
                self.tr("Days used: %1; latest legal exit: %2."),
                stay.get("days_used"),
                format_date(str(stay.get("latest_exit"))),
            )
        self.record_panel.show_message(text, "ok" if outcome != "refused" else "info")
        self.record_panel.show_alerts(list(result.get("alerts", [])))

    def grant_extension(self) -> None:
        """Supervisors: extend the open stay of the traveller shown (the service checks the role)."""
        from midas_desktop.services import extensions

        check = self.current_check
        fields = check.mrz.fields if check is not None else None
        if fields is None or self.busy:
            return
        dialog = ExtensionDialog(
            self, fill(self.tr("Extend the stay of %1, %2"), fields.surname, fields.given_names)
        )
        if not _asked(dialog):
            return
        days, authority, reason, at = (
            dialog.days.value(),
            dialog.authority.text(),
            dialog.reason.text(),
            self.clock(),
        )
        issuing_state, number = fields.issuing_state, fields.document_number

        def grant(session: PostSession) -> Any:
            stay_id = extensions.open_stay_of_document(session, issuing_state, number)
            return extensions.grant_extension(session, stay_id, days, authority, reason, at)

        lines = list(self.current_lines)
        CollectionOp(parent=self, op=grant, name="grant_extension", changes="extensions").success(
            lambda granted: self._extension_granted(granted, lines)
        ).run_in_background()

    def _extension_granted(self, granted: Any, lines: list[str]) -> None:
        message = fill(
            self.tr("Extension granted: latest legal exit now %1."), format_date(granted.latest_exit)
        )
        self.sig_extension_granted.emit(granted.to_dict())
        self.check_lines(lines, self.current_source)  # the figures with the new latest exit
        self.record_panel.show_message(message, "ok")

    # --- the unsent-records limit ---------------------------------------------------------------

    def refresh_outbox_state(self) -> None:
        """The unsent-records banner; past the hard limit recording is disabled."""
        from midas_desktop.services.outbox import outbox_state

        now = dt.datetime.now(dt.UTC)
        QueryOp(parent=self, op=lambda session: outbox_state(session, now), name="outbox_state").success(
            self._show_outbox_state
        ).failure(lambda _exc: None).run_in_background()
        # A failure leaves the banner as it was: it is advisory; the crossing service enforces the limit.

    def _show_outbox_state(self, state: OutboxState) -> None:
        self.captures_refused = state.captures_refused
        if state.level == "refuse":
            set_tone(
                self.outbox_banner,
                "danger",
                fill(
                    self.tr(
                        "New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the "
                        "limit of %3 days. Sync with the central server (Sync tab) before recording."
                    ),
                    state.pending,
                    state.age_days,
                    state.limits.refuse_days,
                ),
            )
        elif state.level == "warn":
            set_tone(
                self.outbox_banner,
                "warn",
                fill(
                    self.tr(
                        "%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the "
                        "central server soon."
                    ),
                    state.pending,
                    state.age_days,
                    state.limits.warn_days,
                ),
            )
        self.outbox_banner.setVisible(state.level != "ok")
        self._apply_state(focus=False)
        self.sig_outbox_state.emit(state)

    # --- images (the document input's) ---------------------------------------------------------

    def read_image_file(self, path: Path) -> workers.Task | None:
        return self.document_input.read_image_file(path)

    def set_drop_folder(self, folder: str) -> None:
        self.document_input.set_drop_folder(folder)

    def shutdown(self) -> None:
        """Stop the camera and pending reads (on lock or logout)."""
        self.outbox_timer.stop()
        self.document_input.shutdown()
