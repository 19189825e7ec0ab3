"""The supervisor's alert list a page at a time: every page is bounded, the pages of a query cover each
alert it matches exactly once, in the documented order, and the count is the query's; filters, order,
names and documents are the store's, and agree with the rule worked out here in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from conftest import td3
from sqlalchemy import select

from midas_desktop.domain.alert_severity import severity_of
from midas_desktop.services import alerts
from midas_desktop.services.alerts import AlertQuery
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Alert, Movement, Traveller

GT = dt.timezone(dt.timedelta(hours=-6))
KINDS = ["overstay", "watchlist_hit", "referral", "expired_document", "missing_exit", "a_kind_not_ranked"]
STATUSES = ["open", "acknowledged", "escalated", "resolved"]
DAY = dt.datetime(2025, 3, 1, 12)
Row = dict[str, Any]


def referral_details(index: int) -> dict[str, object]:
    """What the counter read, kept with a referral: whole, partial, empty, or not a mapping at all."""
    shapes: list[object] = [
        {
            "surname": f"VEGA{index % 3}",
            "given_names": "ANA",
            "issuing_state": "SLV",
            "document_number": f"R{index}",
        },
        {"surname": "SOLO"},
        {},
        "unreadable",
    ]
    return {"document": {"fields": shapes[index % len(shapes)]}}


@pytest.fixture
def many_alerts(officer: PostSession, supervisor: PostSession) -> list[Row]:
    """67 alerts of every kind and status, on three days with many at the same moment (ties), some with a
    traveller and the crossing that raised them, some without (referrals); returned as the old list built
    them in Python: the traveller's name and nationality, and the document."""
    for number, (nationality, surname) in enumerate((("MEX", "ZAPATA"), ("HND", "ALVAREZ"), ("MDA", "MORA"))):
        request = CrossingRequest(
            td3(surname=surname, number=f"N{number}234567", nationality=nationality),
            Direction.ENTRY,
            dt.datetime(2025, 1, 2, 10, tzinfo=GT),
        )
        record_crossing(officer, request)
    with supervisor.transaction() as db:
        travellers = list(db.execute(select(Traveller).order_by(Traveller.id)).scalars())
        movements = {m.traveller_id: m for m in db.execute(select(Movement)).scalars()}
        for index in range(67):
            traveller = travellers[index % 4] if index % 4 < len(travellers) else None
            db.add(
                Alert(
                    kind=KINDS[index % len(KINDS)],
                    status=STATUSES[index % 7 % 4],
                    traveller_id=traveller.id if traveller else None,
                    movement_id=movements[traveller.id].id if traveller and index % 5 else None,
                    created_utc=DAY + dt.timedelta(days=index % 3, minutes=index % 2 * 30),
                    summary=f"summary {index % 9}",
                    details={} if traveller else referral_details(index),
                )
            )
    with supervisor.reading() as db:
        rows = db.execute(
            select(Alert, Traveller, Movement)
            .outerjoin(Traveller, Alert.traveller_id == Traveller.id)
            .outerjoin(Movement, Alert.movement_id == Movement.id)
        ).all()
        return [as_listed(alert, traveller, movement) for alert, traveller, movement in rows]


def as_listed(alert: Alert, traveller: Traveller | None, movement: Movement | None) -> Row:
    """The name, document and nationality as the list worked them out before the store did."""
    details = alert.details
    document = details.get("document") if isinstance(details, dict) else None
    fields = document.get("fields") if isinstance(document, dict) else None
    read = fields if isinstance(fields, dict) else {}
    name = f"{traveller.surname}, {traveller.given_names}" if traveller else ""
    held = f"{movement.doc_issuing_state or ''} {movement.doc_number or ''}".strip() if movement else ""
    return {
        "id": alert.id,
        "kind": alert.kind,
        "status": alert.status,
        "created_utc": alert.created_utc,
        "summary": alert.summary,
        "traveller_name": name
        or (f"{read.get('surname', '')}, {read.get('given_names', '')}" if read else ""),
        "document": held
        or (f"{read.get('issuing_state', '')} {read.get('document_number', '')}".strip() if read else ""),
        "nationality": traveller.nationality if traveller else "",
    }


def expected(rows: list[Row], query: AlertQuery) -> list[Row]:
    """The documented rule: the filters, then the sort key, the newest first, the higher number first;
    'created' by creation then number, 'id' by number; descending reverses the whole order."""

    def kept(row: Row) -> bool:
        if query.status == alerts.UNRESOLVED:
            if row["status"] == "resolved":
                return False
        elif query.status and row["status"] != query.status:
            return False
        day = row["created_utc"].date()
        return (
            (not query.kind or row["kind"] == query.kind)
            and row["nationality"].startswith(query.nationality.strip().upper())
            and (query.first_day is None or day >= query.first_day)
            and (query.last_day is None or day <= query.last_day)
        )

    def newest_first(row: Row) -> tuple[float, int]:
        return (-row["created_utc"].timestamp(), -row["id"])

    keys: dict[str, Callable[[Row], tuple[Any, ...]]] = {
        "id": lambda row: (row["id"],),
        "created": lambda row: (row["created_utc"], row["id"]),
        "severity": lambda row: (severity_of(row["kind"]), *newest_first(row)),
    }
    key = keys.get(query.sort, lambda row: (row[query.sort], *newest_first(row)))
    ordered = sorted(filter(kept, rows), key=key)
    return ordered[::-1] if query.descending else ordered


def every_page(
    session: PostSession, query: AlertQuery, limit: int
) -> tuple[list[dict[str, object]], set[int]]:
    """The pages of a query one after another; the totals they gave."""
    listed: list[dict[str, object]] = []
    totals = set()
    offset = 0
    while True:
        page = alerts.alert_queue(session, query, offset=offset, limit=limit)
        assert page.offset == offset and len(page.alerts) <= limit
        totals.add(page.total)
        listed += page.alerts
        if offset + limit >= page.total:
            return listed, totals
        assert len(page.alerts) == limit
        offset += limit


QUERIES = [
    AlertQuery(),  # every alert, the supervisor's order (the most severe first)
    AlertQuery(status=alerts.UNRESOLVED),  # what the tab shows first
    AlertQuery(status="resolved", sort="created", descending=True),
    AlertQuery(kind="referral", sort="document"),
    AlertQuery(sort="traveller_name", descending=True),
    AlertQuery(sort="nationality"),
    AlertQuery(nationality="m", sort="summary"),  # MEX and MDA (as typed)
    AlertQuery(nationality="MEX", status=alerts.UNRESOLVED, sort="status", descending=True),
    AlertQuery(first_day=dt.date(2025, 3, 2), last_day=dt.date(2025, 3, 2), sort="kind"),
    AlertQuery(first_day=dt.date(2025, 3, 2), sort="id", descending=True),
    AlertQuery(sort="severity", descending=True),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q)[len("AlertQuery") :])
def test_pages_cover_every_alert_once_in_the_documented_order(
    supervisor: PostSession, many_alerts: list[Row], query: AlertQuery
) -> None:
    wanted = expected(many_alerts, query)
    assert wanted, "a query that matches nothing proves little"
    listed, totals = every_page(supervisor, query, limit=7)
    assert totals == {len(wanted)}
    assert [a["id"] for a in listed] == [row["id"] for row in wanted]  # once each, in order
    for item, row in zip(listed, wanted, strict=True):
        assert (item["traveller_name"], item["document"], item["nationality"]) == (
            row["traveller_name"],
            row["document"],
            row["nationality"],
        )
    assert [a["id"] for a in alerts.iter_alerts(supervisor, query, batch=10)] == [row["id"] for row in wanted]


def test_the_pages_of_the_default_order_and_past_the_end(
    supervisor: PostSession, many_alerts: list[Row]
) -> None:
    first = alerts.alert_queue(supervisor)
    assert first.total == 67 and len(first.alerts) == 67  # under one page of the app's size
    ranks = [severity_of(str(a["kind"])) for a in first.alerts]
    assert ranks == sorted(ranks) and first.alerts[0]["kind"] == "watchlist_hit"  # the most severe first
    unranked = {i for i, a in enumerate(first.alerts) if a["kind"] == "a_kind_not_ranked"}
    assert unranked and min(unranked) >= ranks.index(5)  # a kind not ranked is among the least severe
    beyond = alerts.alert_queue(supervisor, AlertQuery(status="open"), offset=500)
    assert beyond.alerts == [] and beyond.total == len(expected(many_alerts, AlertQuery(status="open")))
    assert alerts.list_alerts(supervisor, status="open", kind="overstay") == [
        a
        for a in alerts.alert_queue(
            supervisor, AlertQuery(status="open", kind="overstay", sort="created", descending=True)
        ).alerts
    ]


@pytest.mark.parametrize(
    ("query", "offset", "limit"),
    [
        (AlertQuery(sort="details"), 0, 10),
        (AlertQuery(status="closed"), 0, 10),
        (AlertQuery(), -1, 10),
        (AlertQuery(), 0, 0),
        (AlertQuery(), 0, alerts.MAX_PAGE_SIZE + 1),
    ],
)
def test_a_list_that_cannot_be_is_refused_with_a_code(
    supervisor: PostSession, query: AlertQuery, offset: int, limit: int
) -> None:
    with pytest.raises(BadInput) as refused:
        alerts.alert_queue(supervisor, query, offset=offset, limit=limit)
    assert refused.value.code == "bad_alert_query"
