"""What the officer sees before deciding: the document, who the traveller is (their documents and any
possible earlier record), their stays at every post, where they are, the figures for the crossing the
screen suggests, and any watchlist hit or earlier overstay. Read-only: nothing is recorded.

The check recognises the traveller and builds the history exactly as recording does
(``travellers.look_up``, ``history.assess``), so what the officer decides on is what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from midas_desktop.domain.mrz import MrzResult, check_mrz
from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import ExemptResult, StayResult
from midas_desktop.domain.stay.history import Direction, StayRecord, TravellerAssessment
from midas_desktop.domain.watchlist import WatchlistHit
from midas_desktop.services import history, travellers, watchlist
from midas_desktop.services.clock import local_date
from midas_desktop.services.session import PostSession
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store import hot


@dataclass
class TravellerCheck:
    mrz: MrzResult
    known: bool = False
    documents: list[dict[str, object]] = field(default_factory=list)
    possible_matches: list[dict[str, object]] = field(default_factory=list)
    assessment: TravellerAssessment | None = None
    watchlist_hits: list[WatchlistHit] = field(default_factory=list)

    @property
    def stays(self) -> list[StayRecord]:
        return list(self.assessment.history.stays) if self.assessment else []

    @property
    def figures(self) -> StayResult | ExemptResult | None:
        return self.assessment.figures if self.assessment and self.mrz.valid else None

    @property
    def previous_overstays(self) -> list[StayRecord]:
        return list(self.assessment.previous_overstays) if self.assessment else []

    @property
    def in_country(self) -> bool:
        return bool(self.assessment and self.assessment.in_country)

    @property
    def in_area(self) -> bool:
        return bool(self.assessment and self.assessment.in_area)

    @property
    def suggested(self) -> Direction:
        return self.assessment.suggested if self.assessment else Direction.ENTRY

    def to_dict(self) -> dict[str, object]:
        """The JSON of ``midas check`` (the same shape as ``midas-server traveller``)."""
        return {
            "mrz": self.mrz.to_dict(),
            "traveller": {
                "known": self.known,
                "documents": self.documents,
                "possible_matches": self.possible_matches,
            },
            "in_country": self.in_country,
            "in_area": self.in_area,
            "suggested": self.suggested.value,
            "stays": [stay.to_dict() for stay in self.stays],
            "figures": self.figures.to_dict() if self.figures else None,
            "watchlist": [watchlist.hit_dict(hit) for hit in self.watchlist_hits],
            "previous_overstays": len(self.previous_overstays),
        }


def check_traveller(session: PostSession, lines: Sequence[str], at: dt.datetime) -> TravellerCheck:
    session.require(Action.VIEW_TRAVELLER)
    day = local_date(at, session.post.timezone)
    mrz = check_mrz(lines, today=day)
    result = TravellerCheck(mrz=mrz)
    if mrz.fields is None:
        return result
    fields = mrz.fields
    person = travellers.person_of_fields(fields)
    document = travellers.document_of_fields(fields, mrz.type or "", mrz.lines)
    with session.reading() as db:
        found = travellers.look_up(db, person, document)
        result.known = found.known
        nationality = fields.nationality
        if found.traveller_ids:
            first = hot.travellers(db, found.traveller_ids[:1])
            nationality = first[0].nationality if first else nationality
        result.documents = _documents(db, found, document)
        result.possible_matches = _possible(db, found)
        facts = history.load_facts(db, found.traveller_ids, nationality)
        result.assessment = history.assess(facts, load_rule_book(db), session.post.country, day, at)
        # A document number on the watchlist must show even when a check digit is wrong.
        result.watchlist_hits = watchlist.search(db, session, fields)
    return result


def _documents(
    db: Session, found: travellers.Recognised, scanned: travellers.DocumentFields
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for row in travellers.documents_of(db, found.traveller_ids):
        key = travellers.DocumentFields(
            row.document_type, row.document_code, row.issuing_state, row.number, None, ""
        ).key
        link = "document" if key == scanned.key else "renewal"
        out.append({**travellers.document_dict(row, link), "current": key == scanned.key})
        seen.add(key)
    if scanned.key not in seen:
        out.append(
            {
                "issuing_state": scanned.issuing_state,
                "number": scanned.number,
                "type": scanned.document_type,
                "code": scanned.document_code,
                "expiry_date": scanned.expiry_date.isoformat() if scanned.expiry_date else None,
                "link": "new",
                "current": True,
            }
        )
    return out


def _possible(db: Session, found: travellers.Recognised) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for match in found.possible:
        rows = hot.travellers(db, [int(str(match.traveller_id))])
        if not rows:
            continue
        row = rows[0]
        out.append(
            {
                "reason": match.reason.value,
                "score": match.score,
                "traveller": travellers.person_dict(row),
                "documents": [
                    travellers.document_dict(d, "document") for d in travellers.documents_of(db, [row.id])
                ],
            }
        )
    return out
