-- How an applicant pays 信息处理费 to this agency (issue 12 item 7; docs/statute.md#fee-notice): the payee and account, or
-- the 非税收入 payment channel, as the 收费通知书 prints it under 缴纳方式 (四川 implementing notice: the notice states
-- 「收费的依据、标准、数额、缴纳方式」). Set by the administrator with the other particulars.

alter table agency add column fee_payment varchar(500);
