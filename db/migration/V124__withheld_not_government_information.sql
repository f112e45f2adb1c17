-- 部分公开 (条例 art 37): 「不属于政府信息」 is a ground for a withheld part too (issue 12 item 4; 《条例》第二条、
-- 第三十七条; docs/statute.md#mixed-answers), beside the eight 不予公开 leaves. It is stored as the outcome an answer
-- item of that kind carries (AnswerItem.NOT_GOVERNMENT_INFORMATION, OTHER_OTHER); the case still counts once, as 部分公开.
alter table case_withheld_part drop constraint case_withheld_part_ground_check;
alter table case_withheld_part
    add constraint case_withheld_part_ground_check check (ground like 'WITHHELD\_%' or ground = 'OTHER_OTHER');
