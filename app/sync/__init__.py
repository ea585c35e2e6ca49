"""Team sync use cases (no Qt): capturing local changes (the outbox), and later applying remote
ones, the sync round, devices, conflicts and compaction. The Qt-free mechanics are in
``vault.sync``; the design is in ``docs/SYNC.md``."""
