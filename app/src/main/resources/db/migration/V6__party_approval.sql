-- A party's "onze cijfers kloppen" for a version of a case: the latest approval per party, and the version
-- whose save changed that party's own figures after it (the approval withdrawn).
create table party_approval (
    case_id           uuid        not null references case_file (id) on delete cascade,
    party_id          text        not null,
    version           integer     not null,
    approved_by       bigint      not null references app_user (id),
    approved_at       timestamptz not null,
    withdrawn_version integer,
    withdrawn_at      timestamptz,
    primary key (case_id, party_id)
);
