"""What the UI thread lets go of dies on the UI thread: cycles are collected there only, and an op's
callbacks and variables are released there, never on the store's thread (a Qt object destroyed on
another thread may crash the app)."""

from __future__ import annotations

import gc
import threading
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from midas_desktop.gui import garbage
from midas_desktop.gui.ops import QueryOp, close_executor, executor_for
from midas_desktop.services.session import PostSession

from .conftest import HANG_MS


class Sentinel:
    """Records the thread its last reference was dropped on."""

    def __init__(self, died_on: list[str]) -> None:
        self.died_on = died_on
        self.cycle = self

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread().name)


def test_a_cycle_let_go_of_is_collected_on_the_ui_thread_not_where_memory_is_allocated(qtbot: QtBot) -> None:
    garbage.collect_on_ui_thread()
    assert not gc.isenabled()
    died_on: list[str] = []
    Sentinel(died_on)  # unreachable at once, held only by its own cycle

    kept: list[list[list[int]]] = []

    def allocate() -> None:  # young objects past the threshold (kept: freed ones would not count)
        kept.append([[index] for index in range(gc.get_threshold()[0] * 2)])

    worker = threading.Thread(target=allocate, name="store-like")
    worker.start()
    worker.join()
    assert died_on == []
    qtbot.waitUntil(lambda: died_on != [], timeout=HANG_MS)  # the collector's timer, on the UI thread
    assert died_on == [threading.main_thread().name]


def test_stopping_gives_the_automatic_collector_back_after_a_full_collection() -> None:
    garbage.collect_on_ui_thread()
    died_on: list[str] = []
    Sentinel(died_on)
    garbage.stop_collecting_on_ui_thread()
    assert gc.isenabled() and died_on == [threading.main_thread().name]


def test_an_op_and_what_it_holds_are_released_on_the_ui_thread(qtbot: QtBot, officer: PostSession) -> None:
    garbage.collect_on_ui_thread()
    parent = QWidget()
    qtbot.addWidget(parent)
    executor = executor_for(officer)
    died_on: list[str] = []
    errors: list[BaseException] = []
    for _ in range(10):
        held = Sentinel(died_on)
        held.cycle = None  # reference counts alone decide where it dies

        def work(session: PostSession, held: Sentinel = held) -> int:
            return len(session.user.username)

        def fails(session: PostSession, held: Sentinel = held) -> int:
            raise ValueError("the op's frames hold what it held")

        with qtbot.waitSignal(executor.sig_op_finished, timeout=HANG_MS):
            QueryOp(parent=parent, op=work, success=lambda _n, held=held: None).run_in_background(officer)
        with qtbot.waitSignal(executor.sig_op_finished, timeout=HANG_MS):
            QueryOp(parent=parent, op=fails).failure(errors.append).run_in_background(officer)
        del held, work, fails
    # The error that reaches the UI still names where it happened, but its frames no longer hold the
    # op's variables (the store's thread let go of its traceback's frames as it handed it over).
    places = [frame.name for frame in traceback.extract_tb(errors[0].__traceback__)]
    assert "fails" in places
    frames = [tb.tb_frame for tb in _walk(errors[0].__traceback__) if tb.tb_frame.f_code.co_name == "fails"]
    assert frames and all("held" not in frame.f_locals for frame in frames)
    del frames  # a frame holds its function, and so what the function held
    errors.clear()
    qtbot.waitUntil(lambda: len(died_on) == 10, timeout=HANG_MS)
    assert set(died_on) == {threading.main_thread().name}


def _walk(tb: TracebackType | None) -> list[TracebackType]:
    found = []
    while tb is not None:
        found.append(tb)
        tb = tb.tb_next
    return found


def test_an_op_that_ends_as_its_session_closes_is_dropped_quietly(qtbot: QtBot, officer: PostSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    running, release = threading.Event(), threading.Event()
    delivered: list[int] = []
    executor = executor_for(officer)  # still held (by a screen, say) after the session closed

    def slow(session: PostSession) -> int:
        running.set()
        release.wait()
        return 1

    QueryOp(parent=parent, op=slow, success=delivered.append).run_in_background(officer)
    assert running.wait(HANG_MS / 1000)
    release.set()
    close_executor(officer)  # waits for the op, whose outcome is then still on its way to this thread
    QApplication.processEvents()  # it arrives after its executor let go of everything: nobody to tell
    assert delivered == [] and not executor.busy


def test_an_op_started_after_its_session_closed_never_runs(qtbot: QtBot, officer: PostSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[str] = []
    executor_for(officer)
    close_executor(officer)
    # A screen on its way out starts one more read (a late timer): nothing may run on a closed store,
    # and no new database thread may start for it.
    threads = threading.active_count()
    assert QueryOp(parent=parent, op=lambda _s: ran.append("ran")).run_in_background(officer) is None
    assert ran == [] and threading.active_count() == threads
