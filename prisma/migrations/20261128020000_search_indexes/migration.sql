-- Product search: a lexicon of the words products are known by (for spelling correction),
-- the port kinds of each product (for the port-kind filter and facet), an index for the
-- popularity order and a covering index for facet counts. See docs/search.md.

-- Every word of a product's name, slug, tags and search_extra (port names, later schema
-- fields), as tessera_product_words spells them, with the number of products using it. Search
-- corrects a misspelt query word to lexicon words similar to it and much more common (trigram
-- similarity on this small table), then searches the full-text index for them: matching typos
-- against 100k products' whole word lists row by row costs 10-20x more. The last query word is
-- completed from it too. Counts are kept exact by the trigger below. Drafts are left out:
-- corrections and completions travel in search cursors, which must not reveal the words of a
-- product the reader may not see; every other product is discoverable by every reader.
CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,
    "product_count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);

-- The distinct lexicon words of one product: 3 to 40 letters or digits, not only digits.
CREATE FUNCTION tessera_search_words(name text, slug text, tags text[], extra text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT word
      FROM regexp_split_to_table(public.tessera_product_words(name, slug, tags, extra), '[^[:alnum:]]+') AS word
     WHERE length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
$$;

-- Statement-level with transition tables, so a bulk write counts its words in one pass. Rows
-- are upserted in word order, so concurrent writers lock shared words in the same order; a
-- write that leaves a product's words unchanged touches no row.
CREATE FUNCTION tessera_count_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.search_terms AS s (term, product_count)
        SELECT word, count(*)::int
          FROM new_products p, public.tessera_search_words(p.name, p.slug, p.tags, p.search_extra) AS word
         WHERE p.status <> 'DRAFT'
         GROUP BY word ORDER BY word
        ON CONFLICT (term) DO UPDATE SET product_count = s.product_count + excluded.product_count;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO public.search_terms AS s (term, product_count)
        SELECT word, sum(change)::int
          FROM (SELECT word, 1 AS change
                  FROM new_products p, public.tessera_search_words(p.name, p.slug, p.tags, p.search_extra) AS word
                 WHERE p.status <> 'DRAFT'
                UNION ALL
                SELECT word, -1
                  FROM old_products p, public.tessera_search_words(p.name, p.slug, p.tags, p.search_extra) AS word
                 WHERE p.status <> 'DRAFT'
               ) AS changes
         GROUP BY word HAVING sum(change) <> 0 ORDER BY word
        ON CONFLICT (term) DO UPDATE SET product_count = s.product_count + excluded.product_count;
    ELSE
        INSERT INTO public.search_terms AS s (term, product_count)
        SELECT word, -count(*)::int
          FROM old_products p, public.tessera_search_words(p.name, p.slug, p.tags, p.search_extra) AS word
         WHERE p.status <> 'DRAFT'
         GROUP BY word ORDER BY word
        ON CONFLICT (term) DO UPDATE SET product_count = s.product_count + excluded.product_count;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "data_products_search_terms_insert" AFTER INSERT ON "data_products"
    REFERENCING NEW TABLE AS new_products
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_count_search_terms();
CREATE TRIGGER "data_products_search_terms_update" AFTER UPDATE ON "data_products"
    REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_count_search_terms();
CREATE TRIGGER "data_products_search_terms_delete" AFTER DELETE ON "data_products"
    REFERENCING OLD TABLE AS old_products
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_count_search_terms();

INSERT INTO "search_terms" (term, product_count)
SELECT word, count(*)::int
  FROM data_products p, tessera_search_words(p.name, p.slug, p.tags, p.search_extra) AS word
 WHERE p.status <> 'DRAFT'
 GROUP BY word;

-- The distinct kinds of a product's output ports, kept by the triggers below. Filtering and
-- counting by port kind then reads the product row alone: computing it from output_ports
-- per matched product costs ~250 ms for 12k matches.
ALTER TABLE "data_products" ADD COLUMN "port_kinds" "PortKind"[] NOT NULL DEFAULT '{}';

CREATE FUNCTION tessera_refresh_port_kinds(product_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- Lock the products first: the UPDATE below then reads, in a fresh snapshot, the ports
    -- of any concurrent transaction that held the lock, so no writer's kind is lost.
    PERFORM 1 FROM public.data_products WHERE id = ANY(product_ids) ORDER BY id FOR UPDATE;
    UPDATE public.data_products p
       SET port_kinds = ARRAY(SELECT DISTINCT o.kind FROM public.output_ports o WHERE o.product_id = p.id ORDER BY o.kind)
     WHERE p.id = ANY(product_ids)
       AND p.port_kinds IS DISTINCT FROM
           ARRAY(SELECT DISTINCT o.kind FROM public.output_ports o WHERE o.product_id = p.id ORDER BY o.kind);
END
$$;

CREATE FUNCTION tessera_output_ports_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM public.tessera_refresh_port_kinds(ARRAY(SELECT DISTINCT product_id FROM new_ports));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM public.tessera_refresh_port_kinds(ARRAY(SELECT DISTINCT product_id FROM old_ports));
    ELSE
        PERFORM public.tessera_refresh_port_kinds(
            ARRAY(SELECT product_id FROM new_ports UNION SELECT product_id FROM old_ports));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "output_ports_port_kinds_insert" AFTER INSERT ON "output_ports"
    REFERENCING NEW TABLE AS new_ports
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_output_ports_changed();
CREATE TRIGGER "output_ports_port_kinds_update" AFTER UPDATE ON "output_ports"
    REFERENCING NEW TABLE AS new_ports OLD TABLE AS old_ports
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_output_ports_changed();
CREATE TRIGGER "output_ports_port_kinds_delete" AFTER DELETE ON "output_ports"
    REFERENCING OLD TABLE AS old_ports
    FOR EACH STATEMENT EXECUTE FUNCTION tessera_output_ports_changed();

UPDATE data_products p
   SET port_kinds = ARRAY(SELECT DISTINCT o.kind FROM output_ports o WHERE o.product_id = p.id ORDER BY o.kind)
 WHERE EXISTS (SELECT 1 FROM output_ports o WHERE o.product_id = p.id);

-- Browsing by popularity (most subscribed first) reads this index in order and stops at the page.
CREATE INDEX "data_products_subscriber_count_id_idx" ON "data_products" ("subscriber_count" DESC, "id");

-- Facet counts while browsing read every visible product: this narrow index answers them
-- with an index-only scan (about a seventh of the table's pages), status and team first for
-- the visibility condition.
CREATE INDEX "data_products_facets_idx" ON "data_products" ("status", "team_id")
    INCLUDE ("domain_id", "classification", "tags", "port_kinds");
