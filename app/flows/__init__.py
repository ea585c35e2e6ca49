"""Qt-free state machines behind the desktop screens (first-run wizard, sign-in, locking).

The widgets in ``ui/`` are thin: they show a flow's state and forward what the user did. The
flows are tested without a display (tests/test_flows_*.py).
"""
