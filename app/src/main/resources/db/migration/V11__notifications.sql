-- Notifications: what concerns a person in a case, kept for them until they have seen it: a mention in a
-- comment, a version signed by every party, being added to a case. They replace the mentions of V8, which
-- are copied over as they are (read or not).
create table notification (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    case_id    uuid        not null references case_file (id) on delete cascade,
    kind       text        not null check (kind in ('MENTION', 'SIGNED', 'ADDED')),
    comment_id bigint references comment (id) on delete cascade,
    version    integer,
    actor      bigint references app_user (id),
    created_at timestamptz not null,
    read_at    timestamptz,
    check ((kind = 'MENTION') = (comment_id is not null)),
    check ((kind = 'SIGNED') = (version is not null))
);

create index notification_unread on notification (user_id, read_at);

insert into notification (user_id, case_id, kind, comment_id, actor, created_at, read_at)
select m.user_id, c.case_id, 'MENTION', m.comment_id, c.author, c.created_at, m.read_at
  from mention m join comment c on c.id = m.comment_id
 order by c.id, m.user_id;

drop table mention;
