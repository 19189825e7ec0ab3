"""Backups, restore, store conversion, keys and certificates, dates: their errors travel as codes with
parameters and the app words them in the user's language (English and Spanish), never in the
service's English.

Each error is raised by the real service on a real store; the words are read through the app's
``user_message``, as every screen shows them.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, REPO
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from midas_desktop.gui import i18n
from midas_desktop.gui.messages import user_message
from midas_desktop.services import backups, clock, credentials, key_management
from midas_desktop.services.errors import ServiceError
from midas_desktop.services.session import login
from midas_desktop.store import keys

from .conftest import HANG_MS
from .test_roles_main_paths import log_in, open_app


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(str(request.param))
    yield str(request.param)
    i18n.install_language("en")


def worded(exc: ServiceError, language: str, english: str, spanish: str) -> str:
    """The error's code is worded by the app (not its English message), in the language in use."""
    assert exc.code is not None and exc.code in i18n.SERVICE_MESSAGES, (exc.code, str(exc))
    text = user_message(exc)
    assert (english if language == "en" else spanish) in text, text
    if language == "es":
        assert str(exc) not in text
    return text


def raised(call: object, *args: object, **kwargs: object) -> ServiceError:
    assert callable(call)
    with pytest.raises(ServiceError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_backup_and_restore_errors_are_worded_by_code(
    store_path: Path, tmp_path: Path, language: str
) -> None:
    folder_is_a_file = tmp_path / "not-a-folder"
    folder_is_a_file.write_text("x")
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        failed = raised(backups.backup, admin, folder_is_a_file / "b.tar")
        assert failed.code == "backup_not_written" and failed.params == {"folder": str(folder_is_a_file)}
        worded(failed, language, "could not be written to " + str(folder_is_a_file), "No se pudo escribir")
        archive = tmp_path / "good.tar"
        backups.backup(admin, archive)
    target = tmp_path / "restored" / "post.db"

    missing = raised(backups.restore, tmp_path / "none.tar", target, "admin", ADMIN_PASSWORD)
    assert (missing.code, missing.params) == ("backup_missing", {"file": "none.tar"})
    worded(missing, language, "There is no backup called none.tar", "No hay ninguna copia de seguridad")

    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar file at all" * 100)
    damaged = raised(backups.restore, junk, target, "admin", ADMIN_PASSWORD)
    assert damaged.code == "backup_damaged"
    worded(damaged, language, "The backup junk.tar is damaged", "La copia de seguridad junk.tar está dañada")

    officer = raised(backups.restore, archive, target, "officer", OFFICER_PASSWORD)
    worded(officer, language, "Only an administrator may restore", "Solo un administrador puede restaurar")
    wrong = raised(backups.restore, archive, target, "admin", "not-the-password")
    worded(wrong, language, "Wrong user name or password.", "Usuario o contraseña incorrectos.")
    recovery = raised(backups.restore, archive, target, keys.RECOVERY, "AAAA-BBBB-CCCC-DDDD")
    worded(recovery, language, "Only an administrator of the post", "Solo un administrador del puesto")
    over = raised(backups.restore, archive, store_path, "admin", ADMIN_PASSWORD)
    worded(over, language, "A store exists there already", "Ya hay un almacén ahí")
    assert not target.exists()  # nothing was put anywhere by the refusals


def test_key_certificate_conversion_and_date_errors_are_worded_by_code(
    store_path: Path, tmp_path: Path, language: str
) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        key_file = credentials.load(officer)
        refused = raised(credentials.root_seed, officer, key_file)
        worded(
            refused, language, "Only an administrator can certify", "Solo un administrador puede certificar"
        )
    wrong_key = raised(key_management.recover_admin, store_path, "AAAA-BBBB", "admin", "a-new-password-1")
    worded(wrong_key, language, "The recovery key does not open", "La clave de recuperación no abre")
    no_store = raised(key_management.recover_admin, tmp_path / "none.db", "AAAA", "admin", "a-new-password-1")
    worded(no_store, language, "There is no post store here yet.", "Aquí todavía no hay almacén del puesto.")

    keys.key_file_path(store_path).write_text("{ damaged")
    damaged = raised(login, store_path, "admin", ADMIN_PASSWORD)
    worded(damaged, language, "key file is missing or damaged", "Falta el archivo de claves")

    legacy = tmp_path / "legacy"
    shutil.copytree(REPO / "tests" / "fixtures" / "store-b88dd7d", legacy)
    not_admin = raised(login, legacy / "post.db", "officer", OFFICER_PASSWORD)
    worded(not_admin, language, "an administrator logs in first", "primero inicia sesión un administrador")
    nobody = raised(login, legacy / "post.db", "nobody", OFFICER_PASSWORD)
    worded(nobody, language, "Wrong user name or password.", "Usuario o contraseña incorrectos.")

    moment = raised(clock.parse_moment, "31/05/2024")
    worded(
        moment, language, "'31/05/2024' is not a date or a time", "«31/05/2024» no es una fecha ni una hora"
    )
    day = raised(clock.parse_date, "mañana")
    worded(day, language, "'mañana' is not a date", "«mañana» no es una fecha")


def test_every_coded_error_of_the_services_has_words_in_both_languages(language: str) -> None:
    """A code raised anywhere in the services, the sync or the backups is worded, and in Spanish its
    words are Spanish (a code the catalogue lacks would fall back to the service's English)."""
    sources = [
        *sorted((REPO / "midas_desktop" / "services").glob("*.py")),
        *sorted((REPO / "midas_desktop" / "sync").glob("*.py")),
        REPO / "midas_desktop" / "store" / "backup.py",
    ]
    codes = {
        code
        for path in sources
        for match in re.finditer(r'\bcode="(\w+)"|, "(backup_\w+)"\s*\)', path.read_text(), re.DOTALL)
        for code in match.groups()
        if code
    }
    assert {"backup_missing", "backup_format", "store_in_use", "bad_moment", "key_file_unreadable"} <= codes
    for code in sorted(codes):
        params = {"seconds": 2, "age_days": 9, "refuse_days": 7}
        text = i18n.coded_message(code, params)
        assert text, f"the code {code} has no words"
        template = i18n.SERVICE_MESSAGES.get(code)
        if language == "es" and template is not None:
            assert text != template, f"the code {code} has no Spanish words"


def test_a_failed_backup_is_shown_in_the_language_of_the_moment(
    qtbot: QtBot, store_path: Path, tmp_path: Path, language: str
) -> None:
    """The maintenance screen keeps a failed backup's code, so it reads in today's language."""
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    maintenance, scheduler = main.maintenance, main.scheduler
    assert maintenance is not None and scheduler is not None
    maintenance.backup_folder.setText(str(blocked / "backups"))
    maintenance.save_backup_settings()
    with qtbot.waitSignal(scheduler.sig_backup_finished, timeout=HANG_MS) as finished:
        qtbot.mouseClick(maintenance.backup_button, Qt.MouseButton.LeftButton)
    assert isinstance(finished.args[0], ServiceError)
    shown = maintenance.backup_message.text()
    if language == "es":
        assert "FALLÓ" in shown or "fall" in shown.lower(), shown
        assert "No se pudo escribir la copia de seguridad en " + str(blocked / "backups") in shown
    else:
        assert "Last backup FAILED" in shown
        assert "could not be written to " + str(blocked / "backups") + ": the folder is missing" in shown
    other = "en" if language == "es" else "es"
    i18n.install_language(other)
    maintenance._show_last_backup(None)
    again = maintenance.backup_message.text()
    assert ("No se pudo escribir" in again) == (other == "es"), again
