"""Store work off the UI thread, one piece at a time: :class:`QueryOp` reads, :class:`CollectionOp`
changes (the shape of Anki's ops).

Every use of the store from a screen is an op: a function of the session that runs on the session's
one database thread, then a success callback on the UI thread with its result. A failure goes to one
place, :func:`messages.show_error` (a plain message in the user's language, never a traceback), unless
the op names its own failure callback. Ops run in the order they were started, never two at a time,
so the screens never race each other on the store; the event loop never waits for the store.

    QueryOp(parent=self, op=lambda session: check_traveller(session, lines, at),
            success=self.show_check).run_in_background()
    CollectionOp(parent=self, op=lambda session: record_crossing(session, request)) \\
        .success(self.show_recorded).failure(self.show_failure).run_in_background()

A change that succeeded is announced by the executor's ``sig_store_changed`` (with the op's
``changes`` tag), so other screens may refresh. Callbacks of an op whose parent widget was destroyed
meanwhile (the session locked, the screen closed) are dropped.

Long jobs with progress and Cancel (sync, exports, backups) keep their own threads (``workers``):
they write in short transactions, so an op never waits for them longer than one of those.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[T], None]
Failure = Callable[[BaseException], None]


class DatabaseExecutor(QObject):
    """The session's one database thread; results come back to the UI thread by a queued signal."""

    sig_store_changed = Signal(object)  # the ``changes`` tag of a CollectionOp that succeeded
    sig_op_finished = Signal()  # after each op's callbacks (tests and the benchmark wait on it)
    _sig_deliver = Signal(int)  # the ticket of an op whose outcome is in _outcomes

    def __init__(self, session: PostSession) -> None:
        super().__init__()
        self.session = session
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="midas-store")
        self._pending = 0
        # Ops under way, by ticket. The op (its callbacks, the widgets they name) is only ever let go on
        # the UI thread: were the store's thread to drop the last reference, a widget could be
        # destroyed there.
        self._in_flight: dict[int, _Op[Any]] = {}
        self._outcomes: dict[int, tuple[bool, Any, float]] = {}  # (succeeded, result or error, started)
        self._tickets = itertools.count()
        self._lock = threading.Lock()
        self._closed = False
        self._sig_deliver.connect(self._deliver)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def submit(self, op: _Op[Any]) -> Future[Any] | None:
        if self._closed:
            return None
        ticket = next(self._tickets)
        with self._lock:
            self._pending += 1
            self._in_flight[ticket] = op
        return self._pool.submit(self._run, ticket)

    def _run(self, ticket: int) -> None:
        started = time.perf_counter()
        with self._lock:
            work = self._in_flight[ticket].op
        outcome: tuple[bool, Any]
        try:
            outcome = (True, work(self.session))
        except Exception as exc:  # handed to the UI thread's failure callback; nothing is lost
            _forget_variables(exc)
            outcome = (False, exc)
        del work
        with self._lock:
            self._outcomes[ticket] = (*outcome, started)
        del outcome  # from here on only the UI thread holds the op and its outcome
        self._sig_deliver.emit(ticket)

    @Slot(int)
    def _deliver(self, ticket: int) -> None:
        with self._lock:
            self._pending -= 1
            op = self._in_flight.pop(ticket, None)
            outcome = self._outcomes.pop(ticket, None)
        if self._closed or op is None or outcome is None:
            return  # the session is closing (or closed, its ops let go of): its screens are going
        ok, value, started = outcome
        try:
            op.deliver(ok, value)
            if ok and isinstance(op, CollectionOp):
                self.sig_store_changed.emit(op.changes)
        finally:
            log.debug("op %s took %.1f ms", op.name, (time.perf_counter() - started) * 1000)
            self.sig_op_finished.emit()

    def shutdown(self) -> None:
        """Let the op that runs finish (its callbacks are dropped), drop those waiting."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:  # let go of the dropped ops here, on the UI thread
            self._in_flight.clear()
            self._outcomes.clear()


def _forget_variables(exc: BaseException) -> None:
    """Clear the variables of the frames an error went through (its chained errors' too), keeping the
    places that the log of an unexpected error names: they hold what the op's function held, widgets
    among them, which must not be let go of on the store's thread."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        pending += [error.__cause__, error.__context__]


_executors: weakref.WeakKeyDictionary[PostSession, DatabaseExecutor] = weakref.WeakKeyDictionary()
# Sessions whose executor was closed: a closed session is never opened again (a new login makes a
# new one), so an op started for it later (a late timer of a screen on its way out) is dropped, not
# given a new executor that would run it on a closed store and outlive the session's screens.
_closed_sessions: weakref.WeakSet[PostSession] = weakref.WeakSet()


def executor_for(session: PostSession) -> DatabaseExecutor:
    """The session's executor (made on first use, on the UI thread); a closed session's, closed."""
    executor = _executors.get(session)
    if executor is None:
        executor = DatabaseExecutor(session)
        if session in _closed_sessions:
            executor.shutdown()  # refuses every op, and starts no thread
        else:
            _executors[session] = executor
    return executor


def close_executor(session: PostSession) -> None:
    """Before the session closes (lock, logout): nothing of it may still run, now or later."""
    _closed_sessions.add(session)
    executor = _executors.pop(session, None)
    if executor is not None:
        executor.shutdown()


class _Op(Generic[T]):
    def __init__(
        self,
        *,
        parent: QWidget,
        op: Callable[[PostSession], T],
        success: Success[T] | None = None,
        name: str = "",
    ) -> None:
        self.parent = parent
        self.op = op
        self._success = success
        self._failure: Failure | None = None
        self._after: Callable[[], None] | None = None
        self.name = name or getattr(op, "__name__", "op")

    def success(self, callback: Success[T]) -> _Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Failure) -> _Op[T]:
        """Instead of the one place errors are shown (for a screen that shows them in its own line)."""
        self._failure = callback
        return self

    def after(self, callback: Callable[[], None]) -> _Op[T]:
        """Whatever the outcome, after it was handled (a button enabled again)."""
        self._after = callback
        return self

    def run_in_background(self, session: PostSession | None = None) -> Future[Any] | None:
        """Queue the op on the session's database thread (the parent's ``session`` by default)."""
        session = session if session is not None else getattr(self.parent, "session", None)
        if session is None:
            raise RuntimeError("an op needs a session: pass it, or give the parent a 'session' attribute")
        return executor_for(session).submit(self)

    def deliver(self, ok: bool, value: Any) -> None:
        if not shiboken6.isValid(self.parent):
            return  # the screen went away (locked, closed): nobody to tell
        try:
            if ok:
                if self._success is not None:
                    self._success(value)
            elif self._failure is not None:
                self._failure(value)
            else:
                from midas_desktop.gui.messages import show_error

                show_error(self.parent, value)
        finally:
            if self._after is not None:
                self._after()


class QueryOp(_Op[T]):
    """Reads the store; changes nothing."""


class CollectionOp(_Op[T]):
    """Changes the store; on success the executor announces ``changes`` to every screen."""

    def __init__(
        self,
        *,
        parent: QWidget,
        op: Callable[[PostSession], T],
        success: Success[T] | None = None,
        name: str = "",
        changes: object = None,
    ) -> None:
        super().__init__(parent=parent, op=op, success=success, name=name)
        self.changes = changes


__all__ = ["CollectionOp", "DatabaseExecutor", "QueryOp", "close_executor", "executor_for"]
