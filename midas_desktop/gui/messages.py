"""Plain messages for the user, in their language, never a traceback; and the last-resort excepthook."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from midas_desktop.gui.i18n import coded_message, service_message
from midas_desktop.services.errors import ServiceError

log = logging.getLogger("midas_desktop.gui")


def user_message(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        coded = coded_message(exc.code, exc.params) if exc.code else None
        return coded if coded is not None else service_message(str(exc))
    return QCoreApplication.translate(
        "Messages", "Sorry, something went wrong. Nothing was changed by the failed step; please try again."
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, ServiceError):
        log_without_personal_data(type(exc), exc, exc.__traceback__)
    QMessageBox.warning(parent, "MIDAS", user_message(exc))


def log_without_personal_data(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Type and code locations only: an exception's message may hold a name or a document number."""
    frames = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_tb(tb)]
    log.error("unexpected %s at %s", kind.__name__, " <- ".join(reversed(frames[-6:])))
    del exc


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log_without_personal_data(kind, exc, tb)
        if QCoreApplication.instance() is not None:
            QMessageBox.critical(None, "MIDAS", user_message(exc))

    sys.excepthook = hook
