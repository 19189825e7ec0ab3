"""``midas-desktop``: the post's desktop app on the embedded default store.

First run creates the store; then a login screen unlocks it; an idle session locks back to the login
screen, and the locked session's widgets are destroyed (nothing decrypted stays on screen or in memory
held by widgets). ``MIDAS_GUI_BENCH=1`` quits as soon as the login screen is shown (start-up benchmark).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from midas_desktop import runtime
from midas_desktop.gui import garbage, i18n, local_settings
from midas_desktop.gui.first_run import FirstRunScreen
from midas_desktop.gui.login import LoginScreen
from midas_desktop.gui.messages import install_excepthook
from midas_desktop.store.keys import key_file_path
from midas_desktop.store.location import resolve_store_path

if TYPE_CHECKING:
    from midas_desktop.gui.main_window import MainWindow
    from midas_desktop.services.session import PostSession

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def responsive_interpreter() -> None:
    """Hand the interpreter between threads every millisecond instead of every five: the screen's
    thread waits less for the store's thread and for a sync storing a pull (both hold it while they
    run Python), at a cost of a few per cent of throughput."""
    sys.setswitchinterval(0.001)


def fitting_size() -> QSize:
    """1280 x 820, or the screen's free area when it is smaller (a 1366 x 768 laptop, a 1024 x 600 one):
    the window never starts larger than the screen."""
    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None or free.isEmpty():
        return QSize(1280, 820)
    return QSize(min(1280, free.width()), min(820, free.height()))


class AppWindow(QMainWindow):
    sig_screen_changed = Signal(str)  # "first_run" | "login" | "main"
    sig_locked = Signal()

    def __init__(self, store_path: Path, *, scan_on_start: bool = True) -> None:
        super().__init__()
        self.store_path = store_path
        self.scan_on_start = scan_on_start
        self.session: PostSession | None = None
        self.main: MainWindow | None = None
        self.screen_name = ""
        self.last_username = ""
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.setWindowTitle("MIDAS")
        self.resize(fitting_size())
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            garbage.collect_on_ui_thread()
        if store_path.exists() or key_file_path(store_path).exists():
            self.show_login()
        else:
            self.show_first_run()

    # --- screens --------------------------------------------------------------------------------

    def _replace(self, widget: QWidget, name: str) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.screen_name = name
        self.sig_screen_changed.emit(name)

    def show_first_run(self) -> None:
        screen = FirstRunScreen(self.store_path)
        screen.sig_store_created.connect(self._store_created)
        screen.sig_language_changed.connect(self._first_run_language_changed)
        self._replace(screen, "first_run")

    def _first_run_language_changed(self, language: str) -> None:
        i18n.install_language(language)
        local_settings.save(language=language)
        self.show_first_run()  # rebuilt, so every text is in the new language

    def _store_created(self, admin: str) -> None:
        self.last_username = admin
        self.show_login()

    def show_login(self) -> None:
        screen = LoginScreen(self.store_path, self.last_username)
        screen.sig_login_succeeded.connect(self._logged_in)
        screen.sig_language_changed.connect(self._language_changed)
        self._replace(screen, "login")
        self.login_screen = screen

    def _language_changed(self, language: str) -> None:
        i18n.install_language(language)
        local_settings.save(language=language)
        username = self.login_screen.username.text()
        self.last_username = username
        self.show_login()  # rebuilt, so every text is in the new language

    def _logged_in(self, session: PostSession) -> None:
        from midas_desktop.gui.main_window import MainWindow

        self.session = session
        self.last_username = session.user.username
        self.main = MainWindow(session, scan_on_start=self.scan_on_start)
        self.main.sig_lock_requested.connect(self.lock)
        self._replace(self.main, "main")
        self._restart_idle_timer()

    def lock(self) -> None:
        """Back to the login screen; the session's widgets and the open store are let go."""
        self.idle_timer.stop()
        if self.main is not None:
            self.main.shutdown()
        self.main = None
        if self.session is not None:
            self.session.close()
            self.session = None
        self.show_login()
        self.sig_locked.emit()

    # --- idle lock ------------------------------------------------------------------------------

    def _restart_idle_timer(self) -> None:
        if self.session is not None:
            self.idle_timer.start(int(local_settings.idle_minutes() * 60_000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.session is not None and event.type() in ACTIVITY_EVENTS:
            self._restart_idle_timer()
        return False

    def closeEvent(self, event: object) -> None:
        if self.main is not None:
            self.main.shutdown()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)  # type: ignore[arg-type]


def _parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="midas-desktop", description="MIDAS Desktop: the border post's app."
    )
    parser.add_argument("--store", metavar="PATH", help="the post store (default: as the midas command)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a demo store of synthetic crossings (created on first use; logins printed)",
    )
    return parser.parse_known_args(argv[1:])


def _demo_store() -> Path:
    from midas_desktop.services.demo import DEMO_USERS, create_demo_store

    path = resolve_store_path(None).with_name("demo.db")
    if not path.exists():
        print(f"creating a demo store at {path} (synthetic travellers, about a minute) ...", flush=True)
        create_demo_store(path, 1500)
    print("demo logins: " + ", ".join(f"{user} / {password}" for user, password in DEMO_USERS.values()))
    return path


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args, qt_args = _parse_arguments(sys.argv if argv is None else argv)
    store = _demo_store() if args.demo else resolve_store_path(args.store)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("MIDAS")
    app.setOrganizationName("midas")
    install_excepthook()
    responsive_interpreter()
    i18n.install_language(local_settings.language() or i18n.system_language())
    window = AppWindow(store)
    window.show()
    runtime.settle_garbage_collector()
    if os.environ.get("MIDAS_GUI_BENCH"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
