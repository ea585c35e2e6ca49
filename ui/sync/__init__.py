"""Team sync in the desktop app: the status bar's indicator (``status``), the rounds and their
schedule (``controller``), the devices screen (``devices``) and the conflicts view (``conflicts``),
all over the same use cases as the command line (``app.ops.sync``, ``app.ops.sync_view``)."""
