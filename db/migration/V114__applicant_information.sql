-- Information about the applicant at intake (issue 12 item 6; docs/statute.md#own-information, #agent, #back-dated-receipt).

-- A request for information about the applicant's own affairs (涉及申请人自身): the information is disclosed to the
-- applicant only, so who the applicant is must be verified before it is (《条例》第二十九条第二款第（一）项: the request
-- carries the applicant's 身份证明; 第十五条: another person's information is not disclosed to a stranger). Declared at
-- intake; verified_* set once, by the officer who checked the identity, how and on which day.
create table case_own_information (
    case_id          uuid primary key references disclosure_case (id),
    declared_at      timestamptz  not null,
    verified_by      uuid,
    verified_by_name varchar(200),
    method           varchar(32)  check (method in ('ID_DOCUMENT_ORIGINAL', 'AGENT_DOCUMENTS', 'NOTARISED_COPY', 'OTHER')),
    method_note      varchar(500),
    verified_on      date,
    check ((verified_by is null) = (verified_on is null)),
    check ((method is null) = (verified_on is null)),
    check (method is distinct from 'OTHER' or method_note is not null)
);

-- 委托代理: an agent files for the applicant with a signed 授权委托书 (attachment purpose AGENT_AUTHORISATION). The agent's
-- identity number and phone are personal data: encrypted at rest like the applicant's (privacy module).
create table case_agent (
    case_id            uuid primary key references disclosure_case (id),
    name               varchar(200) not null,
    id_document_type   varchar(40)  not null,
    id_document_number varchar(400) not null,
    phone              varchar(400) not null,
    relationship       varchar(200),
    authorisation_id   uuid         not null references attachment (id),
    recorded_by        uuid         not null,
    recorded_at        timestamptz  not null
);
