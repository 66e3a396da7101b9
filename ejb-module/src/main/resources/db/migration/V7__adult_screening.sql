-- Youth-protection training and background check per adult, shared by the Explorer and mentorship contexts.
create table adult_screening (
    account_id                  bigint primary key references account (id) on delete cascade,
    version                     bigint      not null default 0,
    training_completed_on       date,
    training_expires_on         date,
    background_checked_on       date,
    background_check_expires_on date,
    updated_at                  timestamptz not null
);
create index adult_screening_expiry_idx on adult_screening (least(training_expires_on, background_check_expires_on));

insert into role_permission (role, permission) values ('ADMIN', 'screening:manage'), ('COORDINATOR', 'screening:manage');
