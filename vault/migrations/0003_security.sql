-- Migration 0003_security: filled in by its issue.
SELECT 1;
