-- Search corrects typos from the search_terms lexicon (20261128020000_search_indexes), so this
-- trigram index over every product's words is never read; it only cost every product write.
DROP INDEX IF EXISTS "data_products_words_trgm_idx";
