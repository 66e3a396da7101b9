-- Append-only audit trail: who did what to which record, when. Never a protected value or other personal data.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor        varchar(60) not null,
    kind         varchar(40) not null,
    subject_type varchar(40),
    subject_id   varchar(60)
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_kind_idx on audit_event (kind, occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);

-- Enforced in the database, whatever role connects: rows can be added, never changed or removed.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

insert into role_permission (role, permission) values ('ADMIN', 'audit:read');

-- Failed sign-ins per account and per client address, shared by every cluster member.
create table login_throttle (
    throttle_key  varchar(120) primary key,
    failures      integer     not null,
    window_start  timestamptz not null,
    blocked_until timestamptz
);
