-- Organisations, people and their personal API tokens.
create table organisation (
    id         bigint generated always as identity primary key,
    name       text        not null unique,
    created_at timestamptz not null default now()
);

create table app_user (
    id              bigint generated always as identity primary key,
    username        text        not null unique,
    password_hash   text        not null,
    display_name    text        not null,
    organisation_id bigint      not null references organisation (id),
    admin           boolean     not null default false,
    created_at      timestamptz not null default now()
);

create table api_token (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    name       text        not null,
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
);

-- A case is kept as the case document exactly as it was posted (lossless), with its version.
create table case_file (
    id         uuid primary key,
    name       text        not null,
    document   text        not null,
    version    integer     not null,
    created_at timestamptz not null,
    created_by bigint      not null references app_user (id),
    updated_at timestamptz not null,
    updated_by bigint      not null references app_user (id)
);

-- Every saved version, to list and read back.
create table case_version (
    case_id  uuid        not null references case_file (id) on delete cascade,
    version  integer     not null,
    document text        not null,
    saved_at timestamptz not null,
    saved_by bigint      not null references app_user (id),
    primary key (case_id, version)
);

-- Who may see and change a case; an editor may be bound to one party of the case.
create table case_member (
    case_id  uuid   not null references case_file (id) on delete cascade,
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('OWNER', 'EDITOR', 'VIEWER')),
    party_id text,
    primary key (case_id, user_id)
);

-- The audit trail: who changed what, when, with old and new value per field path. It outlives the case.
create table audit_entry (
    id        bigint generated always as identity primary key,
    case_id   uuid        not null,
    version   integer,
    at        timestamptz not null,
    user_id   bigint      not null references app_user (id),
    action    text        not null,
    path      text        not null,
    old_value text,
    new_value text
);

create index audit_entry_case on audit_entry (case_id, id);
