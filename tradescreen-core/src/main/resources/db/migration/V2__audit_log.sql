-- The tamper-evident audit log (issue 13): append-only records, each hash covering the one before it, and
-- signed checkpoints of the Merkle root over them. Written in the SQL that both H2 and PostgreSQL accept;
-- on PostgreSQL a trigger (db/vendor/postgresql) also refuses UPDATE and DELETE of records.

CREATE TABLE audit_record (
    seq           BIGINT        PRIMARY KEY,
    kind          VARCHAR(40)   NOT NULL,
    at            VARCHAR(40)   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    payload       VARCHAR       NOT NULL,
    prev_hash     CHAR(64)      NOT NULL,
    record_hash   CHAR(64)      NOT NULL
);
CREATE INDEX audit_record_at ON audit_record (at);

-- One row: the last record written. Appends lock it, so writers sharing a database make one chain; it also
-- tells verify that records at the end were removed.
CREATE TABLE audit_head (
    id            INTEGER       PRIMARY KEY,
    seq           BIGINT        NOT NULL,
    record_hash   CHAR(64)      NOT NULL
);
INSERT INTO audit_head (id, seq, record_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoint (
    tree_size     BIGINT        PRIMARY KEY,
    root_hash     CHAR(64)      NOT NULL,
    signed_at     VARCHAR(40)   NOT NULL,
    key_id        VARCHAR(64)   NOT NULL,
    signature     VARCHAR(200)  NOT NULL
);
