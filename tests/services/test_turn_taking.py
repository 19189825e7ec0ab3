"""Writers of one process take the store in turn: a bulk loop that commits and begins again at once
(a pull stored in slices) cannot keep a crossing waiting, and a write inside a write fails at once."""

from __future__ import annotations

import threading

import pytest

from midas_desktop.services.errors import StoreUnavailable
from midas_desktop.services.session import PostSession


def test_a_waiting_writer_goes_before_the_next_slice_of_a_bulk_loop(admin: PostSession) -> None:
    order: list[str] = []
    first_slice_open = threading.Event()
    turns = admin._writers

    def bulk_loop() -> None:
        with admin.transaction():
            order.append("slice 1")
            first_slice_open.set()
            with turns._turn:  # until the crossing has asked for its turn (a condition, not a guess)
                while turns._next_ticket < 2:
                    turns._turn.wait(0.01)
        with admin.transaction():  # begins again at once, as a pull's slices do
            order.append("slice 2")

    def crossing() -> None:
        first_slice_open.wait()
        with admin.transaction():
            order.append("crossing")

    threads = [threading.Thread(target=bulk_loop), threading.Thread(target=crossing)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order == ["slice 1", "crossing", "slice 2"]


def test_a_write_inside_a_write_of_the_same_thread_fails_at_once(admin: PostSession) -> None:
    with admin.transaction(), pytest.raises(StoreUnavailable) as refused, admin.transaction():
        pass
    assert refused.value.code == "store_busy"
    with admin.transaction():
        pass  # and the turns go on
