"""The MRZ box: an MRZ reader that types (keyboard wedge) or an officer typing by hand.

Enter after the last line of a complete MRZ (2 x 44, 2 x 36 or 3 x 30 characters) submits it; any
other Enter starts a new line. Ctrl+Enter submits whatever is there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

COMPLETE_SHAPES = {(44, 44), (36, 36), (30, 30, 30)}


def mrz_lines(text: str) -> list[str]:
    """The lines typed, upper-cased, spaces dropped (wedges sometimes add them), empty lines skipped."""
    return [line.replace(" ", "").upper() for line in text.splitlines() if line.strip()]


def is_complete(lines: list[str]) -> bool:
    return tuple(len(line) for line in lines) in COMPLETE_SHAPES


class WedgeEdit(QPlainTextEdit):
    sig_lines_entered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(11)
        self.setFont(font)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # A whole 44-character TD3 line in view, never clipped, at any window size.
        margins = 2 * (self.frameWidth() + round(self.document().documentMargin())) + self.cursorWidth() + 12
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("<" * 44) + margins)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            lines = mrz_lines(self.toPlainText())
            force = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if lines and (force or is_complete(lines)):
                self.sig_lines_entered.emit(lines)
                return
        super().keyPressEvent(event)

    def set_lines(self, lines: list[str]) -> None:
        self.setPlainText("\n".join(lines))
