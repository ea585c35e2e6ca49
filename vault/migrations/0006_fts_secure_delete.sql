-- Migration 0006_fts_secure_delete: the full-text index forgets deleted and erased records.
--
-- By default FTS5 deletes by appending a "delete" marker: the old terms (names, e-mail
-- addresses, phone numbers, cities, note words) stay in older index segments
-- (customers_fts_data) until a merge happens to rewrite them, which may be never. FTS5's own
-- 'secure-delete' option (SQLite >= 3.42) removes a row's terms from the segments at once. The
-- option is stored in the table's configuration (customers_fts_config), so it holds for every
-- connection from now on.
INSERT INTO customers_fts (customers_fts, rank) VALUES ('secure-delete', 1);

-- Existing vaults: terms of rows deleted before this migration are still in old segments.
-- 'optimize' merges every segment into one that holds only live rows.
INSERT INTO customers_fts (customers_fts) VALUES ('optimize');
