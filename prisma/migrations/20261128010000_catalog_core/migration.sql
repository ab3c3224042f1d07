-- Catalog core: identity (passwords, sessions, API tokens), domains, data products, output
-- and input ports, the audit log, and the search columns and indexes Prisma cannot express.

CREATE TYPE "ApiTokenScope" AS ENUM ('catalog:read', 'catalog:write', 'freshness:report', 'admin');
CREATE TYPE "Classification" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED');
CREATE TYPE "AccessMode" AS ENUM ('OPEN', 'APPROVAL_REQUIRED');
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DEPRECATED', 'RETIRED');
CREATE TYPE "PortKind" AS ENUM ('KAFKA_TOPIC', 'POSTGRES_TABLE');
CREATE TYPE "ActorType" AS ENUM ('USER', 'TOKEN', 'SYSTEM');

ALTER TABLE "users" ADD COLUMN "password_hash" TEXT;

CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "user_agent" TEXT,
    "ip_address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scopes" "ApiTokenScope"[] NOT NULL,
    "user_id" UUID,
    "team_id" UUID,
    "team_role" "TeamRole",
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "api_tokens_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    -- A token belongs to exactly one of a user or a team; a team token carries a role.
    CONSTRAINT "api_tokens_one_owner" CHECK (num_nonnulls("user_id", "team_id") = 1),
    CONSTRAINT "api_tokens_team_role" CHECK (("team_id" IS NULL) = ("team_role" IS NULL))
);
CREATE UNIQUE INDEX "api_tokens_prefix_key" ON "api_tokens"("prefix");
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");
CREATE INDEX "api_tokens_team_id_idx" ON "api_tokens"("team_id");

CREATE TABLE "domains" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "team_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "domains_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "domains_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "domains_slug_format" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{0,62}$')
);
CREATE UNIQUE INDEX "domains_slug_key" ON "domains"("slug");
CREATE INDEX "domains_team_id_idx" ON "domains"("team_id");

-- Immutable helpers, so search columns and indexes can be generated from them. Names inside
-- bodies are schema-qualified: Postgres 17 builds indexes with a restricted search_path.
CREATE FUNCTION tessera_join_words(text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

-- The words a product is known by, for trigram matching of typos and prefixes.
CREATE FUNCTION tessera_product_words(name text, slug text, tags text[], extra text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(name || ' ' || replace(slug, '-', ' ') || ' ' || public.tessera_join_words(tags) || ' ' || extra)
$$;

CREATE TABLE "data_products" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "usage" TEXT NOT NULL DEFAULT '',
    "limitations" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] NOT NULL DEFAULT '{}',
    "classification" "Classification" NOT NULL DEFAULT 'INTERNAL',
    "access_mode" "AccessMode" NOT NULL DEFAULT 'APPROVAL_REQUIRED',
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "support_links" JSONB NOT NULL DEFAULT '[]',
    "sunset_at" TIMESTAMPTZ(3),
    "replacement_id" UUID,
    "extensions" JSONB NOT NULL DEFAULT '{}',
    "subscriber_count" INTEGER NOT NULL DEFAULT 0,
    "search_extra" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "name" || ' ' || replace("slug", '-', ' ')), 'A') ||
        setweight(to_tsvector('english', tessera_join_words("tags")), 'B') ||
        setweight(to_tsvector('english', "purpose" || ' ' || "search_extra"), 'C') ||
        setweight(to_tsvector('english', "usage" || ' ' || "limitations"), 'D')
    ) STORED,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "deprecated_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    CONSTRAINT "data_products_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_products_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "data_products_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "data_products_replacement_id_fkey" FOREIGN KEY ("replacement_id") REFERENCES "data_products"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "data_products_slug_format" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    CONSTRAINT "data_products_not_own_replacement" CHECK ("replacement_id" IS NULL OR "replacement_id" <> "id"),
    CONSTRAINT "data_products_subscriber_count" CHECK ("subscriber_count" >= 0)
);
CREATE UNIQUE INDEX "data_products_slug_key" ON "data_products"("slug");
CREATE INDEX "data_products_domain_id_idx" ON "data_products"("domain_id");
CREATE INDEX "data_products_team_id_idx" ON "data_products"("team_id");
CREATE INDEX "data_products_status_idx" ON "data_products"("status");
CREATE INDEX "data_products_search_vector_idx" ON "data_products" USING gin ("search_vector");
CREATE INDEX "data_products_words_trgm_idx" ON "data_products"
    USING gin (tessera_product_words("name", "slug", "tags", "search_extra") gin_trgm_ops);
CREATE INDEX "data_products_tags_idx" ON "data_products" USING gin ("tags");
-- Keyset paging by name and by recency.
CREATE INDEX "data_products_name_id_idx" ON "data_products" (lower("name"), "id");
CREATE INDEX "data_products_updated_at_id_idx" ON "data_products" ("updated_at" DESC, "id");

CREATE TABLE "output_ports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "PortKind" NOT NULL,
    "location" JSONB NOT NULL,
    "extensions" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "output_ports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "output_ports_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "output_ports_product_id_name_key" ON "output_ports"("product_id", "name");

CREATE TABLE "input_ports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "source_port_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "extensions" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "input_ports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "input_ports_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "input_ports_source_port_id_fkey" FOREIGN KEY ("source_port_id") REFERENCES "output_ports"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "input_ports_product_id_source_port_id_key" ON "input_ports"("product_id", "source_port_id");
CREATE INDEX "input_ports_source_port_id_idx" ON "input_ports"("source_port_id");

CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_type" "ActorType" NOT NULL,
    "actor_user_id" UUID,
    "actor_token_id" UUID,
    "session_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "team_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");
CREATE INDEX "audit_events_team_id_id_idx" ON "audit_events"("team_id", "id");

-- The audit log is append-only: history cannot be rewritten, even by the application.
CREATE FUNCTION tessera_audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION tessera_audit_events_append_only();
