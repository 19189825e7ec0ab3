"""Batch sync between a post and the central server.

``protocol`` (canonical JSON, Ed25519 signatures, batch limits) is shared by both sides; ``client``
is the post's half: enrolment, push of the outbox, pull of other posts' movements, status. No Qt here:
a background worker of the desktop app calls :func:`midas_desktop.sync.client.sync_once`.
"""
