"""What keeps the central server answering while clients misbehave: limits on what a request may
cost (``limits``), enforced by the transport (``transport``: header, TLS and idle timeouts, connections
per client) and by an ASGI guard around the app (``guard``: body size while it streams, a memory
budget, a one-line 500), JSON that is parsed with bounds (``bounded_json``), a gate on password work
(``login_gate``) and log lines that carry no control characters or tracebacks (``log_safety``)."""
