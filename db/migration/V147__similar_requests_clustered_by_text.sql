-- The similar-request search (SimilarRequests) reads V145's GiST index nearest first, but a GiST tree prunes a
-- subtree only when its trigram signature lacks enough of the request's trigrams. Rows arrive in no particular
-- order, so every leaf page held requests about everything, every signature held almost every trigram, and at
-- 1,000,000 cases the search still visited 13,211 of the index's 18,456 pages (270-437 ms on a shared machine).
-- This index has the same agency and trigram columns and between them the text's first sixteen characters
-- (btree_gist): a new row descends first by agency, then by that prefix, so a leaf page gathers requests that begin
-- alike (the same place, year, project). Their signatures are then narrow, and the same search reads 2,763 of its
-- 28,785 pages (53-65 ms). Which rows match and their order are unchanged: the prefix only shapes the tree, the
-- query does not use it.
-- Built concurrently so that an office with many cases keeps filing while it builds (executeInTransaction=false in
-- V147__similar_requests_clustered_by_text.sql.conf; spring.flyway.postgresql.transactional-lock=false, without
-- which the build waits forever for Flyway's own lock). A build that failed halfway leaves an invalid index, which
-- the first statement drops on the next attempt.
-- See docs/operations.md, "The similar-request search".
drop index concurrently if exists disclosure_case_similar_gist;

create index concurrently disclosure_case_similar_gist on disclosure_case
    using gist (agency_id, left(information_sought, 16), information_sought gist_trgm_ops (siglen = 256));

drop index concurrently if exists disclosure_case_agency_information_gist;
