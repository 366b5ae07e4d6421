-- Organisation administrators (ADR 0023): an account gets an optional e-mail address, by which it can be
-- invited to a case, the role of administrator of its own organisation, and a switch that shuts it out.
alter table app_user add column email text;
alter table app_user add column org_admin boolean not null default false;
alter table app_user add column disabled boolean not null default false;

-- addresses that differ only in letter case are the same mailbox; an invitation must find one account
create unique index app_user_email_lower on app_user (lower(email)) where email is not null;
