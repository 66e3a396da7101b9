-- What each retention run removed, by kind: counts only, never which records.
create table retention_run (
    id      bigint generated always as identity primary key,
    kind    varchar(60) not null,
    run_at  timestamptz not null,
    removed integer     not null
);
create index retention_run_at_idx on retention_run (run_at desc);

-- When an account was disabled: disabled accounts are erased once their retention ends.
alter table account add column disabled_at timestamptz;

insert into role_permission (role, permission) values ('ADMIN', 'people:erase');
