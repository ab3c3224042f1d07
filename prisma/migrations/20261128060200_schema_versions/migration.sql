-- Schema versions feed product search: each version keeps the field names and docs of its
-- schema (computed once, at insert: versions are immutable), and search_extra is rebuilt from
-- the product's port names plus the latest version of each port. See docs/schema-versions.md.
ALTER TABLE "schema_versions" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';

-- One definition of search_extra, used by the products module (port changes) and the schemas
-- module (versions published, imported or found by the drift job) alike. Port names come first,
-- so a product without schemas keeps exactly the text it had.
CREATE FUNCTION tessera_product_search_extra(product_id uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT concat_ws(' ',
        (SELECT string_agg(o.name, ' ' ORDER BY o.name) FROM public.output_ports o WHERE o.product_id = $1),
        (SELECT string_agg(latest.search_text, ' ' ORDER BY o.name) FILTER (WHERE latest.search_text <> '')
           FROM public.output_ports o
           CROSS JOIN LATERAL (
               SELECT s.search_text FROM public.schema_versions s
                WHERE s.port_id = o.id ORDER BY s.version DESC LIMIT 1
           ) AS latest
          WHERE o.product_id = $1))
$$;
