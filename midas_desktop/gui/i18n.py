"""Spanish and English: Qt Linguist catalogues (``midas_<lang>.qm``), package data in
``midas_desktop/resources/i18n``.

Widgets translate their own texts with ``self.tr``; messages raised by the services (English, one
line) go through :func:`service_message`, which translates the ones the catalogue knows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from midas_desktop.resources import resource

I18N_DIR = Path(str(resource("i18n")))
LANGUAGES = {"es": "Español", "en": "English"}
_installed: list[QTranslator] = []

# The services' errors by code (``ServiceError.code``), worded here in the user's language: each
# template names its parameters in braces; a count that takes a plural form is %n (see ``_counted``).
# Errors without a code keep their (English) words.
SERVICE_MESSAGES: dict[str, object] = {
    "wrong_password": QT_TRANSLATE_NOOP("ServiceMessages", "Wrong user name or password."),
    "current_password_wrong": QT_TRANSLATE_NOOP("ServiceMessages", "The current password is wrong."),
    "same_password": QT_TRANSLATE_NOOP("ServiceMessages", "The new password must differ from the old one."),
    "password_too_short": QT_TRANSLATE_NOOP("ServiceMessages", "A password needs at least {min} characters."),
    "choose_password_first": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Choose your own password first: an administrator set this one."
    ),
    "role_may_not": QT_TRANSLATE_NOOP("ServiceMessages", "Your role may not do this."),
    "no_store": QT_TRANSLATE_NOOP("ServiceMessages", "There is no post store here yet."),
    "store_exists": QT_TRANSLATE_NOOP(
        "ServiceMessages", "A store already exists there; nothing was changed."
    ),
    "post_fields_empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The post code, the post name and the administrator's name may not be empty."
    ),
    "store_busy": QT_TRANSLATE_NOOP("ServiceMessages", "The store is busy in another program; try again."),
    "disk_full": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The store could not be written (the disk is full or failing): nothing was recorded.",
    ),
    "store_damaged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The store is damaged: an administrator verifies it and restores a backup."
    ),
    "store_write_failed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The store could not be written: nothing was recorded."
    ),
    "alert_needs_note": QT_TRANSLATE_NOOP("ServiceMessages", "Resolving an alert needs a note."),
    "no_such_alert": QT_TRANSLATE_NOOP("ServiceMessages", "Alert no. {id} does not exist any more."),
    "bad_alert_query": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The list of alerts cannot be filtered, sorted or paged that way."
    ),
    "mrz_not_valid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The MRZ is not valid ({problem}); nothing was recorded."
    ),
    "days_granted_min": QT_TRANSLATE_NOOP("ServiceMessages", "Days granted must be at least 1."),
    "days_above_rule": QT_TRANSLATE_NOOP(
        "ServiceMessages", "At most {max_days} days can be granted under the rule {rule}."
    ),
    "refusal_needs_reason": QT_TRANSLATE_NOOP("ServiceMessages", "A refusal needs its reason."),
    "refuse_valid_as_crossing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "A valid document is refused as a crossing, with its reason."
    ),
    "bad_image": QT_TRANSLATE_NOOP("ServiceMessages", "The image is too large to go with the alert."),
    "outbox_limits_range": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The days of the unsent-records limits must be between 0 and {max_days}."
    ),
    "outbox_warn_before_refuse": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The warning must come before the hard limit: use fewer warning days."
    ),
    "no_traveller_here": QT_TRANSLATE_NOOP(
        "ServiceMessages", "No traveller with this document has been recorded here."
    ),
    "no_open_stay": QT_TRANSLATE_NOOP("ServiceMessages", "This traveller has no open stay to extend."),
    "extension_days_min": QT_TRANSLATE_NOOP("ServiceMessages", "An extension adds at least one day."),
    "extension_needs_reason": QT_TRANSLATE_NOOP(
        "ServiceMessages", "An extension needs the granting authority and a reason."
    ),
    "stay_not_open": QT_TRANSLATE_NOOP("ServiceMessages", "That stay is not open any more."),
    "no_stay_limit": QT_TRANSLATE_NOOP(
        "ServiceMessages", "No stay limit applies to this traveller: there is nothing to extend."
    ),
    "retention_years": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Keep movements at least 1 year, and overstay cases at least as long as movements.",
    ),
    "period_reversed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The first day of the period is after its last day."
    ),
    "unknown_role": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Unknown role: choose officer, supervisor or administrator."
    ),
    "no_such_user": QT_TRANSLATE_NOOP("ServiceMessages", "There is no such user as {user} in that state."),
    "user_name_invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "A user name may not be empty or contain spaces or a colon."
    ),
    "user_exists": QT_TRANSLATE_NOOP("ServiceMessages", "The user {user} already exists."),
    "already_role": QT_TRANSLATE_NOOP("ServiceMessages", "{user} has that role already."),
    "last_admin": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The post needs at least one active administrator; add another one first."
    ),
    "no_certificate": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{user} has no certificate in the key file; reset the password first."
    ),
    "disable_self": QT_TRANSLATE_NOOP(
        "ServiceMessages", "You cannot disable your own account; ask another administrator."
    ),
    "removal_needs_reason": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Taking an entry off the list needs a reason."
    ),
    "no_such_watchlist_entry": QT_TRANSLATE_NOOP(
        "ServiceMessages", "That watchlist entry is not on the list any more."
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The central server could not be reached; the records stay queued."
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The central server did not answer after {attempts} attempts; the records stay queued.",
    ),
    "server_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The central server refused the request (code {status}); the records stay queued."
    ),
    "server_answer_bad": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The central server's answer could not be trusted; nothing was taken from it."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "This post is not enrolled with a central server yet."
    ),
    "partial_ack": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The central server took only part of a batch; the rest stays queued."
    ),
    "root_not_registered": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The central server does not know this post's key: an administrator enrols the post again.",
    ),
    "country_code_invalid": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{code} is not a three-letter country code (or * for every country)."
    ),
    "country_empty": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The admitting country may not be empty (* for every country)."
    ),
    "unknown_rule_kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Unknown kind of rule: choose per entry, rolling window or shared area."
    ),
    "no_such_rule": QT_TRANSLATE_NOOP("ServiceMessages", "That stay rule does not exist any more."),
    "default_rule_needed": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This is the default rule for travellers admitted at this post: change it instead of deleting it.",
    ),
    # Backups and restore.
    "backup_missing": QT_TRANSLATE_NOOP("ServiceMessages", "There is no backup called {file} there."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The backup {file} is damaged or is not a backup of a post; nothing was changed."
    ),
    "backup_format": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The backup {file} was made by another version of the program; nothing was changed.",
    ),
    "backup_not_yours": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Only an administrator of the post, or its recovery key, can open its backups."
    ),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The backup could not be written to {folder}: the folder is missing, or may not be written to.",
    ),
    "backup_disk_full": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The backup could not be written to {folder}: the disk is full."
    ),
    "restore_over_store": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A store exists there already: confirm that it is to be replaced (it is kept beside, renamed).",
    ),
    "restore_admin_only": QT_TRANSLATE_NOOP("ServiceMessages", "Only an administrator may restore a backup."),
    "restore_not_in_place": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The backup could not be put in place: the disk is full, or the folder may not be written to.",
    ),
    "store_in_use": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Another program has the store open: close it first, then try again."
    ),
    # Opening the store, its key file, the users' keys and certificates; converting an older store.
    "store_wont_open": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The store does not open with this key, or it is damaged: an administrator restores a backup.",
    ),
    "key_file_unreadable": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The store's key file is missing or damaged, and the store cannot be opened without it: an "
        "administrator restores a backup.",
    ),
    "key_file_foreign": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The key file belongs to another post's store, not to this one."
    ),
    "certificate_not_valid": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This account's certificate is missing, damaged or not valid: an administrator resets its password.",
    ),
    "no_store_access": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This account is disabled, or has no key to the store any more: an administrator resets its "
        "password.",
    ),
    "no_credential": QT_TRANSLATE_NOOP(
        "ServiceMessages", "This account has no keys in the key file: an administrator resets its password."
    ),
    "recovery_key_wrong": QT_TRANSLATE_NOOP("ServiceMessages", "The recovery key does not open this store."),
    "not_active_admin": QT_TRANSLATE_NOOP(
        "ServiceMessages", "{user} is not an active administrator of this store."
    ),
    "admin_only_certify": QT_TRANSLATE_NOOP("ServiceMessages", "Only an administrator can certify a user."),
    "admin_only_certify_admin": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Only an administrator can certify another administrator."
    ),
    "root_key_not_yours": QT_TRANSLATE_NOOP(
        "ServiceMessages", "The post's root key does not open with your keys."
    ),
    "convert_needs_admin": QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This store was made by an older version: an administrator logs in first to convert it.",
    ),
    # Dates and times typed or given.
    "bad_moment": QT_TRANSLATE_NOOP(
        "ServiceMessages", "'{text}' is not a date or a time (write it as 2024-05-31 or 2024-05-31T14:30)."
    ),
    "bad_date": QT_TRANSLATE_NOOP("ServiceMessages", "'{text}' is not a date (write it as 2024-05-31)."),
}


def _counted(code: str, params: Mapping[str, object]) -> str | None:
    """The messages whose words depend on a count (Qt's plural forms need the literal text here)."""
    if code == "login_locked":
        return QCoreApplication.translate(
            "ServiceMessages",
            "Too many wrong passwords: try again in %n second(s), or ask an administrator to unlock the "
            "account.",
            None,
            _count(params.get("seconds")),
        )
    if code == "captures_refused":
        return QCoreApplication.translate(
            "ServiceMessages",
            "New captures are refused: records have waited %n day(s) unsent, longer than the limit of "
            "{refuse_days} days. Sync with the central server first.",
            None,
            _count(params.get("age_days")),
        )
    return None


def _count(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


# Older messages without a code, translated by their exact English words.
_SERVICE_TEXTS = (QT_TRANSLATE_NOOP("ServiceMessages", "the disk is full: nothing was recorded"),)


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
    # Qt's own words (Yes, No, Cancel, the file dialogs) and then the app's.
    catalogues = (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}.qm"),
        (str(I18N_DIR), f"midas_{language}.qm"),
    )
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def current_language() -> str:
    return QLocale().name()[:2]


def coded_message(code: str, params: Mapping[str, object]) -> str | None:
    """A service error's words in the user's language from its code and parameters (None: no code)."""
    text = _counted(code, params)
    if text is None:
        template = SERVICE_MESSAGES.get(code)
        if template is None:
            return None
        text = QCoreApplication.translate("ServiceMessages", str(template))
    from midas_desktop.gui.labels import ROLES, RULE_KINDS, label

    worded = {
        **params,
        **({"rule": label(RULE_KINDS, str(params["rule"]))} if "rule" in params else {}),
        **({"role": label(ROLES, str(params["role"]))} if "role" in params else {}),
    }
    return re.sub(r"\{(\w+)\}", lambda m: str(worded.get(m.group(1), m.group(0))), text)


def service_message(text: str) -> str:
    """A message without a code: translated when the catalogue knows its exact words."""
    return QCoreApplication.translate("ServiceMessages", text)


__all__ = [
    "LANGUAGES",
    "SERVICE_MESSAGES",
    "coded_message",
    "current_language",
    "install_language",
    "service_message",
]
