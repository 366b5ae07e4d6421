-- A finished Monte Carlo run of a case's uncertainty, kept with the case version it calculated.
create table simulation_run (
    id           uuid primary key,
    case_id      uuid        not null references case_file (id) on delete cascade,
    case_version integer     not null,
    state        text        not null check (state in ('DONE', 'CANCELLED', 'FAILED')),
    done         integer     not null,
    iterations   integer     not null,
    result       text,
    histograms   text        not null,
    message      text        not null,
    started_by   bigint      not null references app_user (id) on delete cascade,
    finished_at  timestamptz not null
);

create index simulation_run_case on simulation_run (case_id, finished_at desc);
