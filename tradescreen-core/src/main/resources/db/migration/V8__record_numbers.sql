-- Records numbered in the order they are stored (issue 17). Keyed by their SHA-256 alone, each chunk of a bulk load
-- inserted and looked up all over one B-tree, and every row of a version pointed into it by hash: H2 rewrote most of
-- the leaves it touched at each commit, and reading a version back cost a random look-up per row. Now a version's
-- rows refer to their records by a number from a sequence, so a load appends records and rows in the file's order
-- and reading a version walks both tables in step. The hash stays, unique, so that versions share unchanged records;
-- the rows keep it too, for comparing versions without a join. Both databases.
CREATE SEQUENCE entity_record_id;

CREATE TABLE entity_record_numbered (
    id            BIGINT        PRIMARY KEY,
    record_hash   CHAR(64)      NOT NULL,
    data          VARCHAR       NOT NULL,
    CONSTRAINT entity_record_hash UNIQUE (record_hash)
);
INSERT INTO entity_record_numbered (id, record_hash, data)
    SELECT NEXTVAL('entity_record_id'), record_hash, data FROM entity_record;

CREATE TABLE snapshot_entity_numbered (
    snapshot_id   BIGINT        NOT NULL REFERENCES snapshot (id),
    source_id     VARCHAR(300)  NOT NULL,
    record_id     BIGINT        NOT NULL REFERENCES entity_record_numbered (id),
    record_hash   CHAR(64)      NOT NULL,
    name          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (snapshot_id, source_id)
);
INSERT INTO snapshot_entity_numbered (snapshot_id, source_id, record_id, record_hash, name)
    SELECT se.snapshot_id, se.source_id, r.id, se.record_hash, se.name
    FROM snapshot_entity se JOIN entity_record_numbered r ON r.record_hash = se.record_hash;

DROP TABLE snapshot_entity;
DROP TABLE entity_record;
ALTER TABLE entity_record_numbered RENAME TO entity_record;
ALTER TABLE snapshot_entity_numbered RENAME TO snapshot_entity;
CREATE INDEX snapshot_entity_source_id ON snapshot_entity (source_id);
