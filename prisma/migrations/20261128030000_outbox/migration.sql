-- Transactional outbox: catalog events written in the same transaction as the change they
-- report, relayed to Kafka by the worker (apps/api/src/modules/events/outbox-relay.service.ts).

CREATE TABLE "outbox_events" (
    "id" UUID NOT NULL,
    "position" BIGSERIAL NOT NULL,
    "event_type" TEXT NOT NULL,
    "aggregate_type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "data_version" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "outbox_events_position_key" ON "outbox_events"("position");
-- The relay's work queue: only unpublished rows, in commit order.
CREATE INDEX "outbox_events_unpublished_idx" ON "outbox_events" ("position") WHERE "published_at" IS NULL;
CREATE INDEX "outbox_events_aggregate_unpublished_idx" ON "outbox_events" ("aggregate_id", "position") WHERE "published_at" IS NULL;
CREATE INDEX "outbox_events_published_at_idx" ON "outbox_events" ("published_at") WHERE "published_at" IS NOT NULL;

-- Wakes the relay as soon as events commit (NOTIFY is delivered at commit); polling covers
-- the gaps (a relay reconnecting, a lost notification).
CREATE FUNCTION tessera_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tessera_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_outbox_notify();
