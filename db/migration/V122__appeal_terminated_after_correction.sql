-- Section 四 (issue 12 item 7): a 复议 that ends (终止) because the office corrected its own answer while the review
-- was pending is counted as 结果纠正 — the answer under review was corrected — not with the other 终止 under
-- 其他结果 (docs/statute.md#s2.3). A decision type of its own, seeded like the others of V20 and editable by an
-- administrator.
insert into appeal_result_mapping (decision_type, result) values
    ('REVIEW_TERMINATED_CORRECTED', 'CORRECTED');
