-- Migration 0002_records: filled in by its issue.
SELECT 1;
