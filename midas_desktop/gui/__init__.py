"""The desktop app (PySide6): the control line, alert review and administration over the services.

Screens are small modules (``first_run``, ``login``, ``control_line``, ``alerts_view``, ``admin_*``,
``statistics_view``, ``audit_view``); ``app`` wires them; slow work goes through ``workers``. Widgets
call services only; they never open the store themselves.
"""
