-- A signature the case's owner gave for a party that nobody at the table works for: the declaration says so.
alter table signature add column on_behalf boolean not null default false;
