"""Team sync's faces for starting a team, inviting and approving laptops, and joining a team
(issue 15). The status bar, Sync now, the devices screen and the conflicts view are ``ui/sync``."""
