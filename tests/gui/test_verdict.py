"""The counter's verdict as an officer meets it: a stop stops, every document has a way forward, one
traveller on screen at a time, words not codes, in English and Spanish."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from midas_desktop.domain.verdict import Tone
from midas_desktop.gui import i18n
from midas_desktop.gui.control_line import ControlLineView
from midas_desktop.gui.dialogs import OverrideDialog, ReferDialog, RefusalDialog
from midas_desktop.gui.ocr_bridge import ocr_available
from midas_desktop.services import alerts, watchlist
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login
from midas_desktop.store.models import Movement

from .conftest import HANG_MS, answer_next_dialog
from .test_roles_main_paths import at, log_in, open_app

WATCHLIST = (
    "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
    "S1234567L,HND,,,,reported stolen,lost_stolen\n"
    ",,ROSALES MEJIA,ANA LUCIA,1979-11-02,arrest warrant,national\n"
)
STOLEN = td3(number="S1234567L", nationality="HND")
EXPIRED = td3(number="E7654321", expiry=dt.date(2024, 6, 30))
LISTED_NAME = td3(
    surname="ROSALES MEJIA", given_names="ANA LUCIA", number="R5550001", birth=dt.date(1979, 11, 2)
)
# Snake-case codes and tuples of the services that must never reach the screen.
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|\('[a-z_]+'|\([a-z_]+, \d")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


@pytest.fixture
def listed_store(store_path: Path) -> Path:
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        watchlist.import_csv(admin, WATCHLIST)
    return store_path


_windows: list[QWidget] = []  # kept alive for the test's length


@pytest.fixture(autouse=True)
def _release_windows() -> Iterator[None]:
    yield
    _windows.clear()


def counter(qtbot: QtBot, store: Path, day: str, user: str = "officer") -> ControlLineView:
    window = open_app(qtbot, store)
    _windows.append(window)
    password = {"officer": OFFICER_PASSWORD, "supervisor": SUPERVISOR_PASSWORD}[user]
    view = log_in(qtbot, window, user, password).control_line
    view.clock = lambda: at(day)
    return view


def scan(qtbot: QtBot, view: ControlLineView, lines: tuple[str, ...]) -> None:
    view.wedge.setFocus()
    view.wedge.set_lines(list(lines))
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        qtbot.keyClick(view.wedge, Qt.Key.Key_Return)


def refocus(qtbot: QtBot, view: QWidget) -> None:
    """After a dialog: the offscreen platform has no window manager to give the window back its keys."""
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=HANG_MS)


def movements(store: Path) -> int:
    with login(store, "admin", ADMIN_PASSWORD) as admin, admin.reading() as db:
        return int(db.execute(select(func.count()).select_from(Movement)).scalar_one())


def visible_texts(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root) and label.text()]


def with_bad_check_digit(lines: tuple[str, ...], index: int) -> tuple[str, ...]:
    """The second line with the character at ``index`` replaced by another digit (a changed value)."""
    line = lines[1]
    digit = str((int(line[index]) + 1) % 10)
    return (lines[0], line[:index] + digit + line[index + 1 :])


@pytest.mark.parametrize("document", ["stolen", "expired"])
def test_enter_on_a_red_verdict_records_nothing(
    qtbot: QtBot, listed_store: Path, language: str, document: str
) -> None:
    view = counter(qtbot, listed_store, "2025-03-01")
    scan(qtbot, view, STOLEN if document == "stolen" else EXPIRED)
    assert view.verdict_band.tone is Tone.STOP
    assert view.verdict.text().startswith("✖ " + ("STOP" if language == "en" else "ALTO"))
    details = view.verdict_band.details.text()
    if document == "stolen":
        assert ("reported stolen" in details) and ("S1234567L" in details)
    else:
        assert ("30 Jun 2024" if language == "en" else "30 jun 2024") in details
    # The keyboard is on the safe act: Enter opens the referral, never the entry.
    assert QApplication.focusWidget() is view.refer_button and view.refer_button.isDefault()
    assert not view.entry_button.isDefault()
    seen: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        seen.append(dialog)
        dialog.reject()  # type: ignore[attr-defined]

    with qtbot.assertNotEmitted(view.sig_crossing_recorded), qtbot.assertNotEmitted(view.sig_referred):
        answer_next_dialog(cancel)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=HANG_MS)
        # F9 asks for the reason first; cancelling it records nothing either.
        answer_next_dialog(cancel)
        refocus(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=HANG_MS)
    assert isinstance(seen[0], ReferDialog) and isinstance(seen[1], OverrideDialog)
    assert movements(listed_store) == 0


def test_recording_in_spite_of_a_stop_needs_a_reason_kept_with_the_alert(
    qtbot: QtBot, listed_store: Path
) -> None:
    view = counter(qtbot, listed_store, "2025-03-01")
    scan(qtbot, view, STOLEN)

    def override(dialog: QWidget) -> None:
        assert isinstance(dialog, OverrideDialog)
        assert not dialog.ok_button.isEnabled() and "reported stolen" in dialog.findChild(QLabel).text()
        qtbot.keyClicks(dialog.reason, "document recovered, police report 77/2025")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(override)
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as recorded:
        qtbot.keyClick(view, Qt.Key.Key_F9)
    [hit] = [a for a in recorded.args[0]["alerts"] if a["kind"] == "watchlist_hit"]
    assert hit["details"]["override_reason"] == "document recovered, police report 77/2025"
    assert movements(listed_store) == 1


def test_an_invalid_mrz_can_be_refused_and_its_watchlist_hit_still_shows(
    qtbot: QtBot, listed_store: Path, language: str
) -> None:
    forged = with_bad_check_digit(STOLEN, 13)  # the birth date changed: its check digit disagrees
    view = counter(qtbot, listed_store, "2025-03-01")
    scan(qtbot, view, forged)
    assert view.verdict_band.tone is Tone.STOP
    details = view.verdict_band.details.text()
    invalid, misread = (
        ("Invalid document", "Probable misread")
        if language == "en"
        else (
            "Documento no válido",
            "Probable error de lectura",
        )
    )
    assert invalid in details and misread not in details
    assert "reported stolen" in details  # the hit on the document number is not hidden
    assert not view.entry_button.isEnabled() and not view.exit_button.isEnabled()
    assert view.refuse_button.isEnabled() and view.refer_button.isEnabled()
    assert QApplication.focusWidget() is view.refer_button

    def refuse(dialog: QWidget) -> None:
        assert isinstance(dialog, RefusalDialog)
        qtbot.keyClicks(dialog.reason, "altered passport")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(refuse)
    with qtbot.waitSignal(view.sig_referred, timeout=HANG_MS) as referred:
        qtbot.keyClick(view, Qt.Key.Key_F11)
    kinds = [a["kind"] for a in referred.args[0]]
    assert kinds == ["invalid_document", "watchlist_hit"]
    main = referred.args[0][0]["details"]
    assert main["counter"]["decision"] == "refused" and main["counter"]["reason"] == "altered passport"
    assert main["document"]["misread"] is False and main["watchlist"][0]["reason"] == "reported stolen"
    assert movements(listed_store) == 0  # nobody can say whose it is: no crossing recorded
    with login(listed_store, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        queue = {a["kind"] for a in alerts.list_alerts(supervisor, status="open")}
    assert queue == {"invalid_document", "watchlist_hit"}


def test_a_probable_misread_is_worded_apart_and_can_be_referred_with_its_image(
    qtbot: QtBot, store_path: Path
) -> None:
    lines = td3(number="X1234567A")
    misread = (lines[0], lines[1].replace("X1234567A", "XI234567A", 1))  # a 1 read as I
    view = counter(qtbot, store_path, "2025-03-01")
    scan(qtbot, view, misread)
    details = view.verdict_band.details.text()
    assert "Probable misread" in details and "document number" in details
    assert "Invalid document" not in details and "document_number" not in details

    def refer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferDialog)
        qtbot.keyClicks(dialog.note, "worn page")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(refer)
    with qtbot.waitSignal(view.sig_referred, timeout=HANG_MS) as referred:
        qtbot.keyClick(view, Qt.Key.Key_F12)
    [alert] = referred.args[0]
    assert alert["kind"] == "invalid_document" and alert["details"]["document"]["misread"] is True
    assert alert["details"]["counter"]["decision"] == "referred"
    assert "Referred to a supervisor" in view.record_result.text()


def test_a_new_scan_or_escape_clears_everything_of_the_last_traveller(
    qtbot: QtBot, store_path: Path, language: str
) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, at("2025-01-01")))
    view = counter(qtbot, store_path, "2025-04-05")
    scan(qtbot, view, td3())  # 5 days over: stop; recorded with a reason

    def override(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.reason, "fined")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    answer_next_dialog(override)
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS):
        qtbot.keyClick(view, Qt.Key.Key_F10)
    assert view.record_alerts.count() == 1 and view.record_result.text()
    refocus(qtbot, view)

    child = td3(surname="LOPEZ", given_names="SOFIA", number="C9990001", birth=dt.date(2012, 9, 1))
    scan(qtbot, view, child)
    assert view.record_alerts.count() == 0 and view.record_result.text() == ""
    assert view.history.rowCount() == 0
    assert view.verdict_band.tone is Tone.ATTENTION  # a minor: attention, never a plain green
    minor = "MINOR: 12 years old" if language == "en" else "MENOR DE EDAD: 12 años"
    assert minor in view.verdict_band.details.text()
    assert view.checks_panel.minor_badge.isVisibleTo(view) and minor in view.checks_panel.minor_badge.text()
    assert QApplication.focusWidget() is view.entry_button

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.verdict_band.tone is None and view.wedge.toPlainText() == ""
    assert all(not label.text() for label in view.checks_panel.field_labels.values())
    assert not view.checks_panel.minor_badge.isVisibleTo(view)
    assert not view.entry_button.isEnabled() and QApplication.focusWidget() is view.wedge


def test_an_information_line_is_not_an_alert_and_the_band_reads_from_two_metres(
    qtbot: QtBot, store_path: Path
) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, at("2025-01-01")))
    view = counter(qtbot, store_path, "2025-01-20")
    window = view.window()
    window.resize(1366, 768)
    scan(qtbot, view, td3())  # in the country, leaving in time
    assert view.verdict_band.tone is Tone.GO and view.verdict_band.details.text() == ""
    assert "an exit is expected" in view.checks_panel.info_label.text()
    assert QApplication.focusWidget() is view.exit_button
    qtbot.waitUntil(lambda: view.verdict_band.width() > 1200, timeout=HANG_MS)
    small = view.verdict.font().pixelSize()
    assert small >= 48  # about 13 mm capitals on a 1366-pixel 15" screen
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.verdict.font().pixelSize() > small, timeout=HANG_MS)


def test_past_stays_show_the_domains_overstay_days_and_words_not_codes(
    qtbot: QtBot, listed_store: Path, language: str
) -> None:
    with login(listed_store, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(LISTED_NAME, Direction.ENTRY, at("2025-01-01")))
        record_crossing(officer, CrossingRequest(LISTED_NAME, Direction.EXIT, at("2025-05-01")))
    view = counter(qtbot, listed_store, "2025-09-01")
    scan(qtbot, view, LISTED_NAME)
    assert view.history.rowCount() == 1
    assert view.history.item(0, 4).text() == "31"  # 1 May is 31 days past 31 March
    details = view.verdict_band.details.text()
    assert "ROSALES MEJIA, ANA LUCIA" in details  # the listed identity beside the hit
    assert ("2 Nov 1979" if language == "en" else "2 nov 1979") in details
    assert ("31 days" if language == "en" else "31 días") in details
    texts = visible_texts(view) + [view.history.item(0, c).text() for c in range(view.history.columnCount())]
    assert not [text for text in texts if CODE.search(text)]


def a_digit_for_a_digit(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The birth date's 8 read as 3 (850314 -> 350314): a digit for a digit, which no look-alike
    correction undoes, so only the reading's certainty tells a misread from a changed date."""
    second = lines[1]
    assert second[13] == "8"
    return (lines[0], second[:13] + "3" + second[14:])


def test_a_digit_misread_on_an_unsure_reading_is_not_worded_as_a_forged_document(
    qtbot: QtBot, store_path: Path, language: str
) -> None:
    lines = a_digit_for_a_digit(td3(number="P3141592"))
    unsure, invalid = (
        ("could not be read reliably", "Invalid document")
        if language == "en"
        else ("No se pudo leer la MRZ con fiabilidad", "Documento no válido")
    )
    view = counter(qtbot, store_path, "2025-03-01")

    # Typed (or from a desk reader): a crisp reading whose check digit fails, worded as such.
    scan(qtbot, view, lines)
    details = view.verdict_band.details.text()
    assert view.verdict_band.tone is Tone.STOP
    assert invalid in details and unsure not in details

    # The same lines from a phone photo the reader was unsure of: its own flag, or (a reader object
    # without the flag) a line of low confidence, or its error saying so. A crisp reading is not.
    base = {"valid": False, "lines": list(lines), "portrait": None}
    for result, doubtful in (
        ({**base, "unsure": True, "confidence": [0.97, 0.95]}, True),
        ({**base, "confidence": [0.98, 0.52]}, True),
        (
            {
                **base,
                "confidence": [0.98, 0.96],
                "error": "check digits agree but some characters are unsure",
            },
            True,
        ),
        ({**base, "unsure": False, "confidence": [0.99, 0.98]}, False),
    ):
        with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
            view.document_input._image_read(result, QImage(), "image")
        details = view.verdict_band.details.text()
        assert view.verdict_band.tone is Tone.STOP  # either way nothing is admitted
        assert (unsure in details, invalid in details) == (doubtful, not doubtful), (result, details)
        assert not view.entry_button.isEnabled() and view.refer_button.isEnabled()
        assert not CODE.search(details)

    # Typed again by the officer (Ctrl+Enter), the lines are theirs, no longer the reader's doubtful
    # reading: a failing check digit. A new unsure reading is worded as one again.
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.document_input._image_read({**base, "unsure": True}, QImage(), "image")
    assert unsure in view.verdict_band.details.text()
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.document_input.submit_typed()
    assert invalid in view.verdict_band.details.text() and unsure not in view.verdict_band.details.text()
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.document_input._image_read({**base, "unsure": True}, QImage(), "image")
    assert unsure in view.verdict_band.details.text()

    def refer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(refer)
    with qtbot.waitSignal(view.sig_referred, timeout=HANG_MS) as referred:
        qtbot.keyClick(view, Qt.Key.Key_F12)
    [alert] = referred.args[0]
    document = alert["details"]["document"]
    assert document["misread"] is True and document["reading_unsure"] is True
    assert alert["summary"].startswith("probable misread of the MRZ")


def test_a_crisp_photo_of_a_changed_date_is_worded_as_a_failing_check_digit(
    qtbot: QtBot, store_path: Path, tmp_path: Path, language: str
) -> None:
    """The real reader on a clean image of a document whose date was changed: it reads what is printed,
    sure of it, so the verdict says the check digit fails (not a reading problem)."""
    from .conftest import specimen_image

    if not ocr_available():
        pytest.skip("the image reader is not installed")
    lines = a_digit_for_a_digit(td3(number="P2718281", nationality="USA"))
    image = specimen_image(lines, tmp_path / "changed.png")
    view = counter(qtbot, store_path, "2025-03-01")
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.read_image_file(image)
    assert tuple(view.current_lines) == lines
    invalid = "Invalid document" if language == "en" else "Documento no válido"
    assert view.verdict_band.tone is Tone.STOP and invalid in view.verdict_band.details.text()
    assert not view.current_unsure
