-- Migration 0004_backups: filled in by its issue.
SELECT 1;
