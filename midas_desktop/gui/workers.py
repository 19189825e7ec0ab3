"""Slow work off the UI thread: a :class:`Task` runs a function on the global thread pool and reports
progress, result or failure by signal. The function never touches widgets; it gets a ``progress``
callback and a ``cancelled`` predicate, and stops when asked (raising :class:`Cancelled` or returning).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from midas_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]


class Cancelled(Exception):
    """Raised by work that noticed it was cancelled."""


class TaskSignals(QObject):
    sig_task_progress = Signal(int, int)
    sig_task_finished = Signal(object)
    sig_task_failed = Signal(object)  # the exception: ServiceError for the user, anything else our bug
    sig_task_cancelled = Signal()
    sig_task_done = Signal()  # always last, whatever the outcome


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps a reference until sig_task_done
        self._work = work
        self._cancel = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        signals = self.signals
        try:
            result = self._work(signals.sig_task_progress.emit, self._cancel.is_set)
        except Cancelled:
            signals.sig_task_cancelled.emit()
        except ServiceError as exc:
            signals.sig_task_failed.emit(exc)
        except Exception as exc:
            # No message: it may carry names or numbers. The type and place are enough to find the bug.
            log.error("background task failed: %s", type(exc).__name__)
            signals.sig_task_failed.emit(exc)
        else:
            if self._cancel.is_set():
                signals.sig_task_cancelled.emit()
            else:
                signals.sig_task_finished.emit(result)
        finally:
            signals.sig_task_done.emit()


_running: set[Task] = set()


def start(
    work: Work,
    *,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    done: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``work`` on the global pool; its outcome reaches the callbacks on the UI thread.

    The callbacks are connected before the work starts: work that ends at once (a small export) would
    otherwise report to nobody, and whoever waited for it would wait for ever.
    """
    task = Task(work)
    _running.add(task)
    signals = task.signals
    for signal, callback in (
        (signals.sig_task_progress, progress),
        (signals.sig_task_finished, finished),
        (signals.sig_task_failed, failed),
        (signals.sig_task_cancelled, cancelled),
        (signals.sig_task_done, done),
    ):
        if callback is not None:
            signal.connect(callback)
    # The lambda and the task hold each other: let go of here, the task is freed by the cycle
    # collector, which in the app runs on the UI thread only (gui.garbage), never by the pool thread
    # dropping the last reference as its run() returns.
    signals.sig_task_done.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_all(msecs: int = 30000) -> bool:
    """For tests and shutdown: wait until the pool is idle."""
    return QThreadPool.globalInstance().waitForDone(msecs)
