-- PostgreSQL only: audit records and checkpoints are never changed or deleted, whoever asks, with one exception:
-- pruning a record past its retention, which empties its payload and sets pruned_at and changes nothing else (its
-- hash, which covers the payload's SHA-256, stays). Someone with the rights to drop this trigger can still tamper;
-- audit verify then names the record.
CREATE FUNCTION audit_refuse_change() RETURNS trigger AS $$
BEGIN
    -- nested: the checkpoint table has none of these columns, and PL/pgSQL does not stop at the first false
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_record' THEN
        IF OLD.payload IS NOT NULL AND NEW.payload IS NULL AND OLD.pruned_at IS NULL AND NEW.pruned_at IS NOT NULL
                AND NEW.seq = OLD.seq AND NEW.kind = OLD.kind AND NEW.at = OLD.at AND NEW.actor = OLD.actor
                AND NEW.payload_sha256 = OLD.payload_sha256 AND NEW.prev_hash = OLD.prev_hash
                AND NEW.record_hash = OLD.record_hash THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
