"""The national console end to end: a real server on PostgreSQL, a real post syncing, Debian's
chromium driven by Playwright. Each central role logs in; a post's crossing appears after it syncs;
a traveller is found; an overstay alert is resolved; a watchlist entry removed in the console is
dropped by the post at its next pull; an analyst can change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central_db import LiveServer, live_server, postgres_schema_url
from conftest import OFFICER_PASSWORD, td3
from console_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PASSWORDS,
    Post,
    add_central_users,
)
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from midas_desktop.services.crossings import Direction
from midas_desktop.services.session import login
from midas_desktop.store.models import StayExtension, WatchlistRow

TRAVELLER = td3(surname="GARCIA LOPEZ", given_names="MARIA", number="P7777777", nationality="MEX")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("console")
    for url in postgres_schema_url():
        add_central_users(url)
        yield from live_server(url, folder)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: scripts/bootstrap.sh --test installs Debian's package")
    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield found
        found.close()


def log_in(browser: Browser, server: LiveServer, role: str) -> Page:
    page = browser.new_context(base_url=server.url, locale="en-GB").new_page()
    page.goto("/console/login")
    page.get_by_label("User name", exact=True).fill(role)
    page.get_by_label("Password", exact=True).fill(PASSWORDS[role])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/console/overstays")
    expect(page.locator(".who")).to_contain_text(role)
    return page


def test_the_national_console(server: LiveServer, browser: Browser, tmp_path: Path) -> None:
    post = Post(tmp_path, server, "GTM-TECUN", "GTM")
    admin = log_in(browser, server, "admin")
    supervisor = log_in(browser, server, "supervisor")
    analyst = log_in(browser, server, "analyst")

    # The traveller is unknown nationally until the post syncs its crossing.
    supervisor.goto("/console/travellers?document=P7777777&state=MEX")
    expect(supervisor.get_by_text("Nobody found.")).to_be_visible()
    post.cross(TRAVELLER, Direction.ENTRY, "2025-01-10T10:00")
    assert post.sync().acknowledged == 1
    post.scan_overstays()
    assert post.overstay_alerts() == [("open", None)]

    # Posts: the post's last push is shown once it synced (administrator's view).
    admin.goto("/console/posts")
    row = admin.locator("tr[data-post='GTM-TECUN']")
    expect(row).to_contain_text("enrolled")
    expect(row.locator("td").nth(3)).not_to_have_text("—")

    # Find the traveller: by document, and by name and birth date (fuzzy, a misspelt surname).
    supervisor.goto("/console/travellers")
    supervisor.get_by_label("Document number", exact=True).fill("P7777777")
    supervisor.locator("form[aria-labelledby='by-doc']").get_by_role("button", name="Search").click()
    expect(supervisor.get_by_role("link", name="GARCIA LOPEZ, MARIA")).to_be_visible()
    supervisor.get_by_label("Surname", exact=True).fill("GARCIA LOPES")
    supervisor.get_by_label("Given names", exact=True).fill("MARIA")
    supervisor.get_by_label("Birth date", exact=True).fill("1985-03-14")
    supervisor.locator("form[aria-labelledby='by-name']").get_by_role("button", name="Search").click()
    supervisor.get_by_role("link", name="GARCIA LOPEZ, MARIA").click()
    expect(supervisor.get_by_role("heading", name="Traveller's national history")).to_be_visible()
    expect(supervisor.locator("body")).to_contain_text("GTM-TECUN")

    # The overstay (entered January 2025, never left: far past 90 days) is an open national alert.
    analyst.goto("/console/overstays")
    alert_link = analyst.get_by_role("link", name="GARCIA LOPEZ, MARIA")
    expect(alert_link).to_be_visible()
    alert_url = alert_link.get_attribute("href")
    assert alert_url

    # An analyst reads but cannot change anything: no decision form, and a forged post is refused.
    analyst.goto(alert_url)
    expect(analyst.get_by_role("button", name="Record the decision")).to_have_count(0)
    token = analyst.locator("input[name='csrf']").first.get_attribute("value")
    for path, form in (
        (alert_url + "/decision", {"decision": "resolved", "note": "analyst tries"}),
        ("/console/watchlist/add", {"surname": "X", "reason": "analyst tries"}),
        ("/console/posts/enrol", {"code": "GTM-NEW", "name": "new"}),
        ("/console/users/add", {"username": "intruder", "role": "admin", "password": "password-1234"}),
    ):
        answer = analyst.request.post(path, form={**form, "csrf": token or ""}, max_redirects=0)
        assert answer.status == 403, (path, answer.status)
    # ...and a form without the session's CSRF token is refused, whoever sends it.
    answer = supervisor.request.post(alert_url + "/decision", form={"decision": "resolved", "note": "x"})
    assert answer.status == 403

    # A national supervisor resolves it; the decision is shown and audited.
    supervisor.goto(alert_url)
    supervisor.get_by_label("resolved", exact=True).check()
    supervisor.get_by_label("Note", exact=True).fill(
        "Left by land on 2025-05-01; exit confirmed by the consulate."
    )
    supervisor.get_by_role("button", name="Record the decision").click()
    expect(supervisor.locator("#alert-status")).to_have_text("resolved")
    supervisor.goto("/console/overstays")
    expect(supervisor.get_by_role("link", name="GARCIA LOPEZ, MARIA")).to_have_count(0)
    # The decision reaches the post at its next pull: its own alert of that stay is resolved.
    post.sync()
    assert post.overstay_alerts() == [("resolved", "HQ:supervisor")]

    # Watchlist: added in the console, pulled by the post; removed, and dropped at the next pull.
    supervisor.goto("/console/watchlist")
    form = supervisor.locator("form[aria-labelledby='add-h']")
    form.get_by_label("Surname", exact=True).fill("PEREZ")
    form.get_by_label("Given names", exact=True).fill("JUAN")
    form.get_by_label("Birth date", exact=True).fill("1970-01-01")
    form.get_by_label("Reason", exact=True).fill("court order 1/2026")
    form.get_by_role("button", name="Add an entry").click()
    expect(supervisor.locator("tr[data-entry]")).to_have_count(1)
    assert post.sync().watchlist == 1
    assert active_watchlist(post) == ["PEREZ"]
    entry = supervisor.locator("tr[data-entry]")
    entry.get_by_label("Reason", exact=True).fill("order lifted")
    entry.get_by_role("button", name="Remove").click()
    expect(supervisor.locator("tr[data-entry]")).to_have_count(0)
    assert post.sync().watchlist == 1
    assert active_watchlist(post) == []

    # Headquarters extends the open stay on the traveller's page; the post applies it at its next pull.
    supervisor.goto("/console/travellers?document=P7777777&state=MEX")
    supervisor.get_by_role("link", name="GARCIA LOPEZ, MARIA").click()
    supervisor.get_by_label("days", exact=True).fill("30")
    supervisor.get_by_label("Reason", exact=True).fill("humanitarian grounds")
    supervisor.get_by_role("button", name="Grant").click()
    expect(supervisor.locator("body")).to_contain_text("humanitarian grounds")
    post.sync()
    assert post_extensions(post) == [("HQ", 30)]

    # An administrator manages posts and users; every action is in the central audit log.
    admin.goto("/console/posts")
    enrol = admin.locator("form[aria-labelledby='enrol-h']")
    enrol.get_by_label("Post code", exact=True).fill("GTM-PEDRO")
    enrol.get_by_label("Post name", exact=True).fill("Pedro de Alvarado")
    enrol.get_by_role("button", name="Issue a one-time token").click()
    expect(admin.locator("#enrol-token")).to_have_text(lambda_token_pattern())
    admin.goto("/console/users")
    expect(admin.locator("tr[data-user='analyst']")).to_be_visible()
    admin.goto("/console/audit")
    for action in (
        "overstay_decided",
        "watchlist_added",
        "watchlist_removed",
        "post_enrolment_issued",
        "login",
    ):
        expect(admin.locator("tbody")).to_contain_text(action)
    # The analyst has no users page, and the server refuses it, not only the menu.
    analyst.goto("/console/users")
    expect(analyst.locator(".error")).to_contain_text("does not allow")

    # The pages come in Spanish too.
    analyst.get_by_role("link", name="Español").click()
    expect(analyst.get_by_role("link", name="Permanencias excedidas")).to_be_visible()


def lambda_token_pattern() -> object:
    import re

    return re.compile(r"^[A-Za-z0-9_-]{20,}$")


def post_extensions(post: Post) -> list[tuple[str | None, int]]:
    with login(post.path, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        return [(row.post_code, row.days) for row in db.execute(select(StayExtension)).scalars()]


def active_watchlist(post: Post) -> list[str]:
    with login(post.path, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        return [
            row.surname
            for row in db.execute(select(WatchlistRow).where(WatchlistRow.removed_utc.is_(None))).scalars()
        ]
