-- Bulk loading (issue 17): a large version is written in chunks, each its own transaction, under a snapshot row
-- marked incomplete; every reader of versions skips such rows, and the row is marked complete only when the last
-- chunk is in and the checks passed. A load that died leaves an incomplete row, which the next opening of the
-- store removes. Both databases.
ALTER TABLE snapshot ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
