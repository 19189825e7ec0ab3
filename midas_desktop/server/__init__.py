"""The central server: enrolled posts push signed batches of movements and pull what they need.

``models`` (tables), ``database`` (engines and migrations of ``db/server``), ``ingest`` (verifying
and storing batches, pulls), ``stats`` (national figures and overstays), ``app`` (the HTTP API,
``create_app``), ``cli`` (the ``midas-server`` command).
"""
