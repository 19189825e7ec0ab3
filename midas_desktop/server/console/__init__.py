"""The national web console served by ``midas-server serve`` under ``/console``.

Server-rendered pages (Jinja2 templates and a stylesheet read as package data), English and Spanish,
signed session cookies, a CSRF token on every form, the login gate and per-user lockout of the API.
Each feature lives in its own package (``overstays``, ``traveller_search``, ``post_health``,
``statistics``, ``watchlist_admin``, ``central_users``, ``central_audit``) as endpoints (the only place
with HTTP status codes), a service (role checks, database work, the audit) and schemas (form parsing).
"""
