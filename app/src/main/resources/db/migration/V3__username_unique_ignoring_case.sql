-- Usernames that differ only in letter case would let one person pass for another.
-- An account made before this rule whose name equals an older one ignoring case gets its id appended,
-- so that the index can be made; its login name changes (the older account keeps its own).
update app_user u
set username = u.username || '-' || u.id
where exists (select 1 from app_user o where lower(o.username) = lower(u.username) and o.id < u.id);

create unique index app_user_username_lower on app_user (lower(username));
