-- Comments: threads on a line of a case (or on the case), with replies, open or resolved; a mention of a
-- member is a notification for them until they have read it.
create table comment (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references case_file (id) on delete cascade,
    thread_id   bigint references comment (id) on delete cascade,
    target      text        not null,
    author      bigint      not null references app_user (id),
    text        text        not null,
    created_at  timestamptz not null,
    resolved_at timestamptz,
    resolved_by bigint references app_user (id)
);

create index comment_case on comment (case_id, id);

create table mention (
    comment_id bigint not null references comment (id) on delete cascade,
    user_id    bigint not null references app_user (id) on delete cascade,
    read_at    timestamptz,
    primary key (comment_id, user_id)
);
