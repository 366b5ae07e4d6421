-- The intentieverklaring: the owner proposes a version for signature, each party's signatory signs it. A case
-- keeps every signed version; the latest proposal is the current one. A signature keeps the hash it signed.
create table signoff (
    case_id     uuid        not null references case_file (id) on delete cascade,
    version     integer     not null,
    hash        text        not null,
    proposed_by bigint      not null references app_user (id),
    proposed_at timestamptz not null,
    primary key (case_id, version)
);

create table signature (
    case_id      uuid        not null,
    version      integer     not null,
    party_id     text        not null,
    name         text        not null,
    function     text        not null,
    organisation text        not null,
    signed_by    bigint      not null references app_user (id),
    signed_at    timestamptz not null,
    hash         text        not null,
    primary key (case_id, version, party_id),
    foreign key (case_id, version) references signoff (case_id, version) on delete cascade
);
