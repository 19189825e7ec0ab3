"""What the officer sees before deciding: the document, the traveller's history, the stay figures for
an entry today, and any watchlist hit or earlier overstay. Read-only: nothing is recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from midas_desktop.domain.mrz import MrzResult, check_mrz
from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import ExemptResult, StayResult, evaluate_for_traveller
from midas_desktop.domain.watchlist import WatchlistHit
from midas_desktop.services import travellers, watchlist
from midas_desktop.services.clock import local_date
from midas_desktop.services.session import PostSession
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store.models import Document, Stay


@dataclass
class TravellerCheck:
    mrz: MrzResult
    known: bool = False
    stays: list[Stay] = field(default_factory=list)
    figures: StayResult | ExemptResult | None = None
    watchlist_hits: list[WatchlistHit] = field(default_factory=list)
    previous_overstays: list[Stay] = field(default_factory=list)

    @property
    def in_country(self) -> bool:
        return any(s.exit_date is None for s in self.stays)


def check_traveller(session: PostSession, lines: Sequence[str], at: dt.datetime) -> TravellerCheck:
    session.require(Action.VIEW_TRAVELLER)
    day = local_date(at, session.post.timezone)
    mrz = check_mrz(lines, today=day)
    result = TravellerCheck(mrz=mrz)
    if mrz.fields is None:
        return result
    fields = mrz.fields
    with session.transaction() as db:
        document = db.execute(
            select(Document).where(
                Document.issuing_state == fields.issuing_state, Document.number == fields.document_number
            )
        ).scalar_one_or_none()
        nationality = fields.nationality
        if document is not None:
            result.known = True
            result.stays = travellers.stays_of(db, document.traveller_id)
            nationality = document.traveller.nationality
        result.previous_overstays = [
            s for s in result.stays if s.exit_date and s.latest_exit and s.exit_date > s.latest_exit
        ]
        if mrz.valid:
            history = [travellers.as_domain(s) for s in result.stays if s.entry_date <= day]
            result.figures = evaluate_for_traveller(
                load_rule_book(db), session.post.country, nationality, history, day
            )
            result.watchlist_hits = watchlist.search(db, session, fields)
    return result
