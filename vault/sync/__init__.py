"""Team sync mechanics without Qt and without the vault's tables: the hybrid logical clock and
global ids, device identity, the segment format, the layout of a sync location, publishing and
fetching files there, and the signed roster chain. The design is in ``docs/SYNC.md``."""
