"""One traveller, one history at the post: the check, the recording, pulled movements, extensions and
the watchlist all see the same traveller and the same stays. Each case failed on b88dd7d."""

from __future__ import annotations

import datetime as dt
import uuid

from conftest import td3
from sqlalchemy import select

from midas_desktop.services import alerts, ingest, overstays
from midas_desktop.services.checks import check_traveller
from midas_desktop.services.clock import parse_moment, utc_now
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Stay, Traveller

OLD_PASSPORT = td3(number="OLD000001")
NEW_PASSPORT = td3(number="NEW000002")  # the same person (names, birth date, sex, nationality)


def at(text: str) -> dt.datetime:
    return parse_moment(text)


def pulled(
    direction: str,
    day: str,
    *,
    post: str = "GTM-PEDRO",
    country: str = "GTM",
    number: str = "OLD000001",
    decision: str | None = None,
) -> dict[str, object]:
    """A movement as another post sends it (``crossings.movement_dict``)."""
    return {
        "id": str(uuid.uuid4()),
        "direction": direction,
        "post": post,
        "country": country,
        "officer": "someone",
        "at": f"{day}T16:00:00Z",
        "local_date": day,
        "days_granted": None,
        "decision": decision or ("admitted" if direction == "entry" else "departed"),
        "reason": None,
        "purpose": None,
        "transport": None,
        "vehicle": None,
        "traveller": {
            "surname": "PEREZ NUNEZ",
            "given_names": "JUAN CARLOS",
            "nationality": "MEX",
            "birth_date": "1985-03-14",
            "sex": "M",
        },
        "document": {
            "type": "TD3",
            "code": "P",
            "issuing_state": "MEX",
            "number": number,
            "expiry_date": "2031-01-01",
        },
    }


def pull(session: PostSession, *movements: dict[str, object]) -> None:
    with session.transaction() as db:
        ingest.apply_movements(db, list(movements), utc_now())


def pull_changes(session: PostSession, *changes: dict[str, object]) -> None:
    with session.transaction() as db:
        ingest.apply_changes(db, list(changes), utc_now())
    session.cache.clear()


def test_a_renewed_passport_shows_the_old_ones_history_at_the_check(officer: PostSession) -> None:
    """b88dd7d: the check found the traveller by document only and showed an unknown traveller with no
    stays and no alert; recording then raised previous_overstay. Now the check shows what recording uses."""
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.ENTRY, at("2024-01-01")))
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.EXIT, at("2024-05-01")))
    check = check_traveller(officer, NEW_PASSPORT, at("2025-01-10"))
    view = check.to_dict()
    assert view["traveller"]["known"] is True  # type: ignore[index]
    links = {(d["number"], d["link"]) for d in view["traveller"]["documents"]}  # type: ignore[index]
    assert links == {("OLD000001", "renewal"), ("NEW000002", "new")}
    assert view["previous_overstays"] == 1
    assert [(s["entry_date"], s["overstay_days"]) for s in view["stays"]] == [("2024-01-01", 32)]  # type: ignore[index]
    recorded = record_crossing(officer, CrossingRequest(NEW_PASSPORT, Direction.ENTRY, at("2025-01-10")))
    assert [a["kind"] for a in recorded.alerts] == ["previous_overstay"]
    figures = {k: v for k, v in recorded.stay.items() if k != "stay_id"}  # type: ignore[union-attr]
    assert figures == view["figures"]
    with officer.transaction() as db:
        assert db.execute(select(Traveller)).scalars().all().__len__() == 1


def test_pulled_entries_and_an_exit_here_do_not_make_a_false_overstay(
    officer: PostSession, supervisor: PostSession
) -> None:
    """b88dd7d: entries pulled from other posts (01-01, 01-20), an exit here on 01-25; on 06-01 the
    check showed the traveller in the country, 152 days used and a 62-day overstay."""
    pull(
        officer,
        pulled("entry", "2025-01-01", post="GTM-PEDRO"),
        pulled("entry", "2025-01-20", post="GTM-ROSA"),
    )
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.EXIT, at("2025-01-25")))
    check = check_traveller(officer, OLD_PASSPORT, at("2025-06-01"))
    assert not check.in_country and check.suggested is Direction.ENTRY
    assert check.previous_overstays == []
    assert check.figures is not None and check.figures.days_used == 1 and check.figures.overstay_days == 0
    assert [(s.entry_date.isoformat(), s.exit_missing) for s in check.stays] == [
        ("2025-01-01", True),
        ("2025-01-20", False),
    ]
    assert overstays.scan(supervisor, at("2025-06-01")) == []


def test_an_open_salvadoran_stay_means_entering_guatemala(officer: PostSession) -> None:
    """b88dd7d: at a Guatemalan post an open Salvadoran stay made the screen suggest an exit, and one
    Enter recorded an exit without entry."""
    pull(officer, pulled("entry", "2025-01-01", post="SLV-HACHADURA", country="SLV"))
    check = check_traveller(officer, OLD_PASSPORT, at("2025-02-01"))
    assert not check.in_country and check.in_area and check.suggested is Direction.ENTRY
    assert check.figures is not None and check.figures.days_used == 32  # the CA-4 stay goes on counting
    recorded = record_crossing(officer, CrossingRequest(OLD_PASSPORT, check.suggested, at("2025-02-01")))
    assert recorded.movement["direction"] == "entry" and recorded.alerts == []
    with officer.transaction() as db:
        stays = db.execute(select(Stay).order_by(Stay.entry_date)).scalars().all()
        assert [(s.country, s.exit_date, s.exit_missing) for s in stays] == [
            ("SLV", dt.date(2025, 1, 31), True),
            ("GTM", None, False),
        ]
    again = check_traveller(officer, OLD_PASSPORT, at("2025-02-02"))
    assert again.in_country and again.suggested is Direction.EXIT


def test_a_late_exit_from_another_post_resolves_the_overstay_alert_and_says_why(
    officer: PostSession, supervisor: PostSession
) -> None:
    """b88dd7d: an exit recorded elsewhere that arrived after the overstay alert left it as it was."""
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.ENTRY, at("2025-01-01")))
    [found] = overstays.scan(supervisor, at("2025-05-01"))
    assert found["overstay_days"] == 31
    pull(officer, pulled("exit", "2025-03-15", post="GTM-PEDRO"))
    [alert] = alerts.list_alerts(supervisor, kind="overstay")
    assert alert["status"] == "resolved" and alert["resolved_by"] == "system"
    assert "2025-03-15" in str(alert["note"]) and "GTM-PEDRO" in str(alert["note"])
    [change] = alert["details"]["changes"]  # type: ignore[index]
    assert change["cause"] == "exit_recorded_elsewhere" and change["to_days"] == 0
    assert overstays.scan(supervisor, at("2025-05-02")) == []


def test_a_late_exit_after_the_latest_exit_updates_the_alert(
    officer: PostSession, supervisor: PostSession
) -> None:
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.ENTRY, at("2025-01-01")))
    overstays.scan(supervisor, at("2025-05-01"))
    pull(officer, pulled("exit", "2025-04-10", post="GTM-PEDRO"))
    [alert] = alerts.list_alerts(supervisor, kind="overstay")
    assert alert["status"] == "open"
    details = alert["details"]
    assert details["overstay_days"] == 10 and details["exited"] is True  # type: ignore[index]
    assert details["changes"][-1]["post"] == "GTM-PEDRO"  # type: ignore[index]


def test_an_extension_granted_at_another_post_moves_the_latest_exit_here(officer: PostSession) -> None:
    """b88dd7d: extensions were not pulled by the other posts."""
    entry = pulled("entry", "2025-01-01", post="GTM-PEDRO")
    pull(officer, entry)
    before = check_traveller(officer, OLD_PASSPORT, at("2025-04-05"))
    assert before.figures is not None and before.figures.overstay_days == 5
    pull_changes(
        officer,
        {
            "seq": 1,
            "kind": "extension",
            "payload": {
                "id": str(uuid.uuid4()),
                "entry_movement_id": entry["id"],
                "days": 30,
                "latest_exit": "2025-04-30",
                "authority": "DGM",
                "reason": "illness",
                "granted_by": "sup",
                "post": "GTM-PEDRO",
            },
        },
    )
    after = check_traveller(officer, OLD_PASSPORT, at("2025-04-05"))
    assert after.figures is not None and after.figures.overstay_days == 0
    assert after.figures.latest_exit == dt.date(2025, 4, 30)


def test_a_watchlist_entry_removed_centrally_stops_matching(officer: PostSession) -> None:
    """b88dd7d: watchlist pulls only added; a removed entry stayed listed at every post."""
    entry = {
        "entry_id": "W-1",
        "document_number": "OLD000001",
        "issuing_state": "MEX",
        "surname": "PEREZ NUNEZ",
        "given_names": "JUAN CARLOS",
        "birth_date": "1985-03-14",
        "reason": "stolen",
        "source": "central",
    }
    pull_changes(officer, {"seq": 1, "kind": "watchlist_entry", "payload": entry})
    [hit] = check_traveller(officer, OLD_PASSPORT, at("2025-01-01")).to_dict()["watchlist"]  # type: ignore[misc]
    assert hit["listed"]["surname"] == "PEREZ NUNEZ" and hit["reason"] == "stolen"
    pull_changes(
        officer,
        {
            "seq": 2,
            "kind": "watchlist_removal",
            "payload": {"entry_id": "W-1", "reason": "found", "removed_by": "hq"},
        },
    )
    assert check_traveller(officer, OLD_PASSPORT, at("2025-01-01")).watchlist_hits == []


def test_pulling_the_same_page_twice_changes_nothing(officer: PostSession) -> None:
    page = [pulled("entry", "2025-01-01"), pulled("exit", "2025-01-05")]
    pull(officer, *page)
    first = check_traveller(officer, OLD_PASSPORT, at("2025-02-01")).to_dict()
    pull(officer, *page)
    assert check_traveller(officer, OLD_PASSPORT, at("2025-02-01")).to_dict() == first


def test_the_check_and_the_recording_agree_on_the_figures(officer: PostSession) -> None:
    scenarios = [
        (Direction.ENTRY, "2025-01-01"),
        (Direction.EXIT, "2025-02-10"),
        (Direction.ENTRY, "2025-02-11"),
        (Direction.EXIT, "2025-06-01"),  # an exit in overstay
        (Direction.ENTRY, "2025-06-02"),  # the next entry, after an overstay
    ]
    for direction, day in scenarios:
        check = check_traveller(officer, OLD_PASSPORT, at(day))
        assert check.suggested is direction
        recorded = record_crossing(officer, CrossingRequest(OLD_PASSPORT, direction, at(day)))
        shown = check.to_dict()["figures"]
        stored = {k: v for k, v in (recorded.stay or {}).items() if k != "stay_id"}
        assert stored == shown, day


def _without_birth_date(movement: dict[str, object]) -> dict[str, object]:
    traveller = dict(movement["traveller"])  # type: ignore[call-overload]
    traveller["birth_date"] = None
    return {**movement, "traveller": traveller}


def _travellers(session: PostSession) -> list[int]:
    with session.transaction() as db:
        return list(db.execute(select(Traveller.id)).scalars())


def test_a_traveller_first_pulled_without_a_birth_date_is_found_by_a_renewed_passport(
    officer: PostSession,
) -> None:
    # Another post recorded the old passport once without the birth date, then with it.
    pull(
        officer,
        _without_birth_date(pulled("entry", "2025-01-01")),
        pulled("exit", "2025-01-05"),
    )
    assert len(_travellers(officer)) == 1
    record_crossing(officer, CrossingRequest(NEW_PASSPORT, Direction.ENTRY, at("2025-03-01")))
    assert len(_travellers(officer)) == 1  # one traveller, one history


def test_a_join_keeps_the_identity_key_for_the_next_renewal(officer: PostSession) -> None:
    # The old passport pulled without the birth date (no key), a second passport with it (the key);
    # the old one scanned here joins the two; a third passport must find that one traveller.
    pull(officer, _without_birth_date(pulled("entry", "2025-01-01")))
    pull(officer, pulled("entry", "2025-01-05", number="MID000002"))
    record_crossing(officer, CrossingRequest(OLD_PASSPORT, Direction.EXIT, at("2025-01-10")))
    assert len(_travellers(officer)) == 1
    record_crossing(officer, CrossingRequest(NEW_PASSPORT, Direction.ENTRY, at("2025-03-01")))
    assert len(_travellers(officer)) == 1


def _spelled(movement: dict[str, object], surname: str) -> dict[str, object]:
    traveller = dict(movement["traveller"])  # type: ignore[call-overload]
    traveller["surname"] = surname
    return {**movement, "traveller": traveller}


def test_a_join_of_two_keyed_records_still_finds_the_person_by_either_key(officer: PostSession) -> None:
    # The passport spells the surname PEREZ, the identity card PERES: two identity keys, two records.
    pull(officer, pulled("entry", "2025-01-01"))
    pull(officer, _spelled(pulled("exit", "2025-01-05", number="IDC000001"), "PERES NUNEZ"))
    assert len(_travellers(officer)) == 2
    # Another post recorded the card under the passport's spelling: the card links the two records.
    pull(officer, pulled("entry", "2025-02-01", number="IDC000001"))
    assert len(_travellers(officer)) == 1
    # The renewed card, printed PERES again: found by the key the join let go, not a new record.
    renewed_card = td3(surname="PERES NUNEZ", number="IDC000002")
    check = check_traveller(officer, renewed_card, at("2025-03-01")).to_dict()
    assert check["traveller"]["known"] is True  # type: ignore[index]
    record_crossing(officer, CrossingRequest(renewed_card, Direction.EXIT, at("2025-03-01")))
    assert len(_travellers(officer)) == 1
