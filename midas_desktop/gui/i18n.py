"""Spanish and English: Qt Linguist catalogues (``midas_<lang>.qm``), package data in
``midas_desktop/resources/i18n``.

Widgets translate their own texts with ``self.tr``; messages raised by the services (English, one
line) go through :func:`service_message`, which translates the ones the catalogue knows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from midas_desktop.resources import resource

I18N_DIR = Path(str(resource("i18n")))
LANGUAGES = {"es": "Español", "en": "English"}
_installed: list[QTranslator] = []

# Messages of the services the catalogue translates; others are shown as they are (in English).
_SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "wrong user name or password"),
    QT_TRANSLATE_NOOP("ServiceMessages", "this account is disabled or does not match its key slot"),
    QT_TRANSLATE_NOOP("ServiceMessages", "a password needs at least 8 characters"),
    QT_TRANSLATE_NOOP("ServiceMessages", "resolving an alert needs a note"),
    QT_TRANSLATE_NOOP("ServiceMessages", "the current password is wrong"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "the post needs at least one active administrator; add another one first"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "you cannot disable your own account; ask another administrator"),
    QT_TRANSLATE_NOOP("ServiceMessages", "the store is busy in another program; try again"),
    QT_TRANSLATE_NOOP("ServiceMessages", "the disk is full: nothing was recorded"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "the post code, the post name and the administrator's name may not be empty"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "a user name may not be empty or contain spaces"),
    QT_TRANSLATE_NOOP("ServiceMessages", "days granted must be at least 1"),
)


def system_language() -> str:
    """The PC's language if we have a catalogue for it, else Spanish (the region's language)."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "es"


def install_language(language: str) -> str:
    """Replace the installed catalogue; returns the language actually in use."""
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "es"
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / f"midas_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def current_language() -> str:
    return QLocale().name()[:2]


def service_message(text: str) -> str:
    return QCoreApplication.translate("ServiceMessages", text)


__all__ = ["LANGUAGES", "_SERVICE_MESSAGES", "current_language", "install_language", "service_message"]
