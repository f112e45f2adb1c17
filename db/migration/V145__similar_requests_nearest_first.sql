-- The similar-request search (SimilarRequests) shows an agency's ten earlier requests most alike to the case. The GIN
-- trigram index of V6 answers pg_trgm's `%` but cannot rank: at 1,000,000 cases it fetched 123,354 candidate rows,
-- rechecked each on the heap and sorted the 53,487 matches to keep ten. A GiST trigram index returns rows nearest
-- first (`<->`, 1 − similarity), so the search stops after ten; the agency is its first column (btree_gist), so the
-- index answers the agency filter too. Its signatures are 256 bytes (the default 12 fill up with the trigrams of a
-- few Chinese sentences and then prune nothing). GiST answers LIKE/ILIKE on the text as the GIN index did.
-- See docs/operations.md, "The similar-request search".
create extension if not exists btree_gist;

create index disclosure_case_agency_information_gist on disclosure_case
    using gist (agency_id, information_sought gist_trgm_ops (siglen = 256));

drop index disclosure_case_information_trgm;
