-- Why a run failed, as the engine's problems (path, message key, arguments), for a page to put in its own words.
alter table simulation_run add column problems text not null default '[]';
