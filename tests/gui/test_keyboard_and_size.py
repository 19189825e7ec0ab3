"""The keyboard and the screen size: Tab goes through the whole control line, no two Alt shortcuts of a
screen collide (every screen and dialog, both languages), and every screen fits 1366 x 768 and works at
1024 x 600 (nothing squeezed below its size, no clipped words, the MRZ box holds a 44-character line)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, td3
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from midas_desktop.gui import i18n
from midas_desktop.gui.first_run import FirstRunScreen
from midas_desktop.gui.main_window import MainWindow

from .conftest import HANG_MS
from .test_roles_main_paths import at, log_in, open_app

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt shortcut a user can reach in ``root`` as it is shown."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            for letter in MNEMONIC.findall(text):
                found.append((letter.lower(), text))
    return found


def collisions(found: list[tuple[str, str]]) -> list[str]:
    counts = Counter(letter for letter, _ in found)
    return [f"Alt+{key}: {[t for k, t in found if k == key]}" for key, n in counts.items() if n > 1]


_windows: list[QWidget] = []  # kept alive for the test's length


@pytest.fixture(autouse=True)
def _release_windows() -> Iterator[None]:
    yield
    _windows.clear()


def open_admin(qtbot: QtBot, store: Path) -> MainWindow:
    window = open_app(qtbot, store)
    _windows.append(window)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    view = main.control_line
    view.clock = lambda: at("2025-03-01")
    view.wedge.set_lines(list(td3()))
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.document_input.submit_typed()
    return main


def test_tab_goes_through_the_whole_control_line(qtbot: QtBot, store_path: Path) -> None:
    main = open_admin(qtbot, store_path)
    view = main.control_line
    view.wedge.setFocus()
    visited: list[QWidget] = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is view.wedge:
            break
        visited.append(focused)
    panel = view.record_panel
    wanted = [
        panel.days_granted,
        panel.purpose,
        panel.transport,
        panel.vehicle,
        panel.entry_button,
        panel.exit_button,
        panel.refer_button,
        panel.refuse_button,
    ]
    reached = [w for w in visited if w in wanted or any(w.parent() is x for x in wanted)]
    assert [w if w in wanted else w.parent() for w in reached][: len(wanted)] == wanted
    assert visited.count(view.history) <= 1  # the table is passed through, not a trap
    assert QApplication.focusWidget() is view.wedge  # and round again


def test_no_alt_shortcut_collides_on_any_screen_or_dialog(
    qtbot: QtBot, store_path: Path, language: str
) -> None:
    main = open_admin(qtbot, store_path)
    problems: list[str] = []
    header = [w for w in main.findChildren(QAbstractButton) if w.parent() is main]
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        page = main.tabs.widget(index)
        found = mnemonics(page) + [m for w in header for m in mnemonics(w)]
        problems += [f"{main.tabs.tabText(index)}: {c}" for c in collisions(found)]

    from midas_desktop.gui.dialogs import (
        ExtensionDialog,
        OverrideDialog,
        ReasonDialog,
        RecoveryKeyDialog,
        ReferDialog,
        RefusalDialog,
        RotateKeyDialog,
        UserDialog,
    )

    dialogs: list[QDialog] = [
        UserDialog(main, "", ask_name=True, ask_role=True, ask_old_password=True),
        RotateKeyDialog(main),
        RecoveryKeyDialog(main, "ABCD", []),
        RefusalDialog(main, "X"),
        ExtensionDialog(main, "X"),
        OverrideDialog(main, "entry", ["x"]),
        ReasonDialog(main, "", "", "&OK"),
        ReferDialog(main, "X", ["x"], 1),
    ]
    for dialog in dialogs:
        dialog.show()
        problems += [f"{type(dialog).__name__}: {c}" for c in collisions(mnemonics(dialog))]
        dialog.close()
    window = main.window()
    window.lock()
    problems += [f"login: {c}" for c in collisions(mnemonics(window))]
    assert not problems, "\n".join(problems)


def test_no_alt_shortcut_collides_on_the_first_run_screen(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """The welcome form, then the recovery key page, each as it is shown."""
    window = open_app(qtbot, tmp_path / "new.db")
    _windows.append(window)
    assert window.screen_name == "first_run"
    screen = window.stack.currentWidget()
    assert isinstance(screen, FirstRunScreen)
    problems = [f"first run, form: {c}" for c in collisions(mnemonics(window))]
    assert len(mnemonics(window)) >= 8  # the form's fields are reached (the check is not vacuous)
    qtbot.keyClicks(screen.post_code, "GTM-TECUN")
    qtbot.keyClicks(screen.post_name, "Tecun Uman")
    qtbot.keyClicks(screen.admin, "ana")
    qtbot.keyClicks(screen.password, ADMIN_PASSWORD)
    qtbot.keyClicks(screen.password_again, ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.sig_recovery_key_shown, timeout=HANG_MS):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    found = mnemonics(window)
    assert {text.replace("&", "") for _, text in found} >= {screen.continue_button.text().replace("&", "")}
    problems += [f"first run, recovery key: {c}" for c in collisions(found)]
    assert not problems, "\n".join(problems)


def squeezed(root: QWidget) -> list[str]:
    """Visible words drawn narrower than they need: clipped or overlapping their neighbours."""
    bad = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    bad.append(f"{widget.text()[:40]!r}: {widget.height()} px high, needs {need}")
            elif widget.sizeHint().width() > widget.width() + 1:
                bad.append(
                    f"{widget.text()[:40]!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.minimumSizeHint().width() > widget.width() + 1
        ):
            need = widget.minimumSizeHint().width()
            bad.append(f"button {widget.text()[:40]!r}: {widget.width()} px, needs {need}")
    return bad


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 600)], ids=["1366x768", "1024x600"])
def test_every_screen_fits(qtbot: QtBot, store_path: Path, language: str, size: QSize) -> None:
    main = open_admin(qtbot, store_path)
    window = main.window()
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=HANG_MS)  # never forced larger than the screen
    problems = []
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        page = main.tabs.widget(index)
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=HANG_MS)
        try:  # the layout settles (fonts that follow the width ask for one more pass)
            qtbot.waitUntil(lambda page=page: not squeezed(page), timeout=10_000)
        except qtbot.TimeoutError:
            problems += [f"{main.tabs.tabText(index)}: {p}" for p in squeezed(page)]
    main.tabs.setCurrentIndex(0)
    wedge = main.control_line.wedge
    line = wedge.fontMetrics().horizontalAdvance("<" * 44)
    assert wedge.viewport().width() >= line, "the MRZ box clips a 44-character line"
    assert not problems, "\n".join(problems)
