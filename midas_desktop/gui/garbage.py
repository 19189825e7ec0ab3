"""Python's cycle collector, run on the UI thread only.

The collector runs on whichever thread happens to allocate when a generation fills up: the store's
thread in the middle of an op, a sync task, the reader. A cycle it frees there may hold a widget, a
dialog or a chart that the UI thread let go of, and the C++ half of a Qt object destroyed on another
thread, or in the middle of the UI thread's own work, may crash the process (the test run died so once,
in a collection set off inside SQLAlchemy). So while the app runs the automatic collector is off and a
timer on the UI thread collects between events, generation by generation, as the automatic one would
(Anki runs its collector the same way, for the same reason). Memory freed by reference counts, almost
all of it, is freed at once whatever this does; only cycles wait, for a second at most.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["UiThreadCollector", "collect_on_ui_thread", "stop_collecting_on_ui_thread"]

#: How often the UI thread looks at the generations' counts.
INTERVAL_MS = 1000


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start(INTERVAL_MS)

    def stop(self) -> None:
        """Back to the automatic collector, after a full collection here."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    def collect(self) -> int:
        """The generations the automatic collector would have collected by now (gc's own thresholds:
        the young one when enough objects were made, an older one when the younger was collected
        often enough); returns how many objects were found unreachable."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
            else:
                break
        return gc.collect(generation) if generation >= 0 else 0


_collector: UiThreadCollector | None = None


def collect_on_ui_thread() -> UiThreadCollector:
    """Turn the automatic collector off and collect on the UI thread instead (once per process; the
    collector lives as long as the application object). Call it on the UI thread."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("collect_on_ui_thread needs the application object")
    if _collector is None or not shiboken6.isValid(_collector) or _collector.parent() is not app:
        _collector = UiThreadCollector(app)
    _collector.start()
    return _collector


def stop_collecting_on_ui_thread() -> None:
    """Back to the automatic collector (tests, between one window and the next)."""
    if _collector is not None:
        _collector.stop()
