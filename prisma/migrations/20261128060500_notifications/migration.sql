-- Notification deliveries: wake the worker's dispatcher when deliveries commit, and keep the
-- dispatcher's and sweep's work queue (deliveries not yet finished) cheap to read.

-- NOTIFY is delivered at commit, so a rolled-back notification wakes nobody; the sweep job
-- covers a dispatcher that was not listening at the time.
CREATE FUNCTION tessera_deliveries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tessera_deliveries', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER "deliveries_notify" AFTER INSERT ON "deliveries"
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_deliveries_notify();

-- Only unfinished deliveries, oldest first: what the dispatcher and the sweep read.
CREATE INDEX "deliveries_unfinished_idx" ON "deliveries" ("created_at")
    WHERE "status" IN ('PENDING', 'RETRYING');
