-- Who added a member to a case, and when: a member sees it, and can leave the case.
alter table case_member
    add column added_by bigint references app_user (id) on delete set null,
    add column added_at timestamptz;
