-- Governance: platform connections and team principals, schema versions and data contracts,
-- freshness objectives/results/incidents, notification channels and deliveries, and
-- subscriptions with their grants.

CREATE TYPE "ConnectionKind" AS ENUM ('KAFKA_CLUSTER', 'SCHEMA_REGISTRY', 'POSTGRES_DATABASE');
CREATE TYPE "PrincipalKind" AS ENUM ('KAFKA_PRINCIPAL', 'POSTGRES_ROLE');
CREATE TYPE "SchemaFormat" AS ENUM ('AVRO', 'JSON', 'PROTOBUF');
CREATE TYPE "CompatibilityMode" AS ENUM ('BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE');
CREATE TYPE "SchemaVersionSource" AS ENUM ('TESSERA', 'REGISTRY_IMPORT', 'REGISTRY_DRIFT');
CREATE TYPE "CheckKind" AS ENUM ('KAFKA_TOPIC', 'POSTGRES_TABLE', 'PUSH');
CREATE TYPE "FreshnessStatus" AS ENUM ('UNKNOWN', 'HEALTHY', 'WARNING', 'BREACHED', 'ERROR');
CREATE TYPE "IncidentKind" AS ENUM ('BREACH', 'CHECK_FAILURE');
CREATE TYPE "IncidentStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');
CREATE TYPE "ChannelKind" AS ENUM ('WEBHOOK', 'SLACK', 'EMAIL');
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'RETRYING', 'DELIVERED', 'DEAD');
CREATE TYPE "SubscriptionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED');
CREATE TYPE "GrantStatus" AS ENUM ('PENDING', 'ACTIVE', 'FAILED', 'REMOVED');

CREATE TABLE "connections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ConnectionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "secrets" TEXT,
    "registry_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "connections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "connections_registry_id_fkey" FOREIGN KEY ("registry_id") REFERENCES "connections"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "connections_kind_name_key" ON "connections"("kind", "name");

CREATE TABLE "team_principals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "team_id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "kind" "PrincipalKind" NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "team_principals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "team_principals_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "team_principals_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "team_principals_team_id_connection_id_key" ON "team_principals"("team_id", "connection_id");
CREATE INDEX "team_principals_connection_id_idx" ON "team_principals"("connection_id");

ALTER TABLE "output_ports"
    ADD COLUMN "schema_format" "SchemaFormat",
    ADD COLUMN "compatibility_mode" "CompatibilityMode" NOT NULL DEFAULT 'BACKWARD',
    ADD COLUMN "contract_version" TEXT NOT NULL DEFAULT '1.0.0',
    ADD COLUMN "registry_subject" TEXT;

CREATE TABLE "schema_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "port_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "format" "SchemaFormat" NOT NULL,
    "definition" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "contract_version" TEXT NOT NULL,
    "source" "SchemaVersionSource" NOT NULL DEFAULT 'TESSERA',
    "registry_id" INTEGER,
    "registry_version" INTEGER,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "breaking" BOOLEAN NOT NULL DEFAULT false,
    "override_reason" TEXT,
    "published_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "schema_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "schema_versions_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "output_ports"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "schema_versions_port_id_version_key" ON "schema_versions"("port_id", "version");
CREATE UNIQUE INDEX "schema_versions_port_id_fingerprint_key" ON "schema_versions"("port_id", "fingerprint");

-- Versions are immutable: published once, never edited (ports and their versions may be deleted together).
CREATE FUNCTION tessera_schema_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'schema versions are immutable' USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER "schema_versions_immutable" BEFORE UPDATE ON "schema_versions"
    FOR EACH ROW EXECUTE FUNCTION tessera_schema_versions_immutable();

CREATE TABLE "data_contracts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "port_id" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_contracts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_contracts_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "output_ports"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "data_contracts_port_id_key" ON "data_contracts"("port_id");

CREATE TABLE "freshness_objectives" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "port_id" UUID NOT NULL,
    "warn_after_seconds" INTEGER NOT NULL,
    "error_after_seconds" INTEGER NOT NULL,
    "target_percent" DOUBLE PRECISION NOT NULL DEFAULT 99,
    "window_days" INTEGER NOT NULL DEFAULT 28,
    "check_kind" "CheckKind" NOT NULL,
    "check_settings" JSONB NOT NULL DEFAULT '{}',
    "interval_seconds" INTEGER NOT NULL DEFAULT 60,
    "reminder_interval_seconds" INTEGER NOT NULL DEFAULT 3600,
    "recovery_hold_seconds" INTEGER NOT NULL DEFAULT 0,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "status" "FreshnessStatus" NOT NULL DEFAULT 'UNKNOWN',
    "status_since" TIMESTAMPTZ(3),
    "last_checked_at" TIMESTAMPTZ(3),
    "last_data_at" TIMESTAMPTZ(3),
    "last_error_code" TEXT,
    "last_error_message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "freshness_objectives_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "freshness_objectives_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "output_ports"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "freshness_objectives_thresholds" CHECK ("warn_after_seconds" > 0 AND "error_after_seconds" >= "warn_after_seconds"),
    CONSTRAINT "freshness_objectives_target" CHECK ("target_percent" > 0 AND "target_percent" <= 100)
);
CREATE UNIQUE INDEX "freshness_objectives_port_id_key" ON "freshness_objectives"("port_id");

CREATE TABLE "freshness_results" (
    "id" BIGSERIAL NOT NULL,
    "objective_id" UUID NOT NULL,
    "status" "FreshnessStatus" NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "last_checked_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "check_count" INTEGER NOT NULL DEFAULT 1,
    "last_data_at" TIMESTAMPTZ(3),
    "error_code" TEXT,
    "error_message" TEXT,
    CONSTRAINT "freshness_results_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "freshness_results_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "freshness_objectives"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "freshness_results_objective_id_started_at_idx" ON "freshness_results"("objective_id", "started_at");
-- At most one run open (not ended) per objective.
CREATE UNIQUE INDEX "freshness_results_one_open_run" ON "freshness_results"("objective_id") WHERE "ended_at" IS NULL;

CREATE TABLE "port_heartbeats" (
    "port_id" UUID NOT NULL,
    "last_updated_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "port_heartbeats_pkey" PRIMARY KEY ("port_id"),
    CONSTRAINT "port_heartbeats_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "output_ports"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "incidents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "objective_id" UUID NOT NULL,
    "kind" "IncidentKind" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'OPEN',
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" UUID,
    "acknowledge_note" TEXT,
    "recovering_since" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "last_notified_at" TIMESTAMPTZ(3),
    "reminder_count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "incidents_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "freshness_objectives"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "incidents_objective_id_opened_at_idx" ON "incidents"("objective_id", "opened_at");
-- At most one unresolved incident per objective: concurrent checks cannot open two.
CREATE UNIQUE INDEX "incidents_one_unresolved" ON "incidents"("objective_id") WHERE "status" <> 'RESOLVED';

CREATE TABLE "notification_channels" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "team_id" UUID NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "secrets" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabled_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_channels_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_channels_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "notification_channels_team_id_name_key" ON "notification_channels"("team_id", "name");

CREATE TABLE "deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "last_status_code" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),
    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "deliveries_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "deliveries_channel_id_idempotency_key_key" ON "deliveries"("channel_id", "idempotency_key");
CREATE INDEX "deliveries_channel_id_created_at_idx" ON "deliveries"("channel_id", "created_at");

CREATE TABLE "subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "port_id" UUID NOT NULL,
    "consumer_team_id" UUID NOT NULL,
    "requested_by_id" UUID,
    "purpose" TEXT NOT NULL,
    "duration_days" INTEGER,
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "expiry_warned_at" TIMESTAMPTZ(3),
    "renewal_requested_at" TIMESTAMPTZ(3),
    "renewal_days" INTEGER,
    "ended_by_id" UUID,
    "ended_at" TIMESTAMPTZ(3),
    "end_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "subscriptions_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "output_ports"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "subscriptions_consumer_team_id_fkey" FOREIGN KEY ("consumer_team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "subscriptions_port_id_status_idx" ON "subscriptions"("port_id", "status");
CREATE INDEX "subscriptions_consumer_team_id_status_idx" ON "subscriptions"("consumer_team_id", "status");
-- A team has at most one live (pending or approved) subscription per port.
CREATE UNIQUE INDEX "subscriptions_one_live_per_team" ON "subscriptions"("port_id", "consumer_team_id")
    WHERE "status" IN ('PENDING', 'APPROVED');

CREATE TABLE "grants" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscription_id" UUID NOT NULL,
    "port_kind" "PortKind" NOT NULL,
    "desired" TEXT NOT NULL DEFAULT 'GRANT',
    "status" "GrantStatus" NOT NULL DEFAULT 'PENDING',
    "records" JSONB NOT NULL DEFAULT '[]',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "last_error_code" TEXT,
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "grants_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "grants_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "grants_desired" CHECK ("desired" IN ('GRANT', 'REVOKE'))
);
CREATE INDEX "grants_subscription_id_idx" ON "grants"("subscription_id");
CREATE INDEX "grants_status_idx" ON "grants"("status");
