-- Outgoing mail, written in the transaction of the change that causes it and sent by a timer.
create table mail_outbox (
    id         bigint generated always as identity primary key,
    recipient  varchar(254)  not null,
    subject    varchar(300)  not null,
    body       text          not null,
    created_at timestamptz   not null,
    send_after timestamptz   not null,
    attempts   integer       not null default 0,
    last_error varchar(200),
    sent_at    timestamptz
);
create index mail_outbox_due_idx on mail_outbox (send_after, id) where sent_at is null;

-- Single-use password reset links: only a SHA-256 of the token is stored.
create table password_reset (
    token_hash varchar(64) primary key,
    account_id bigint      not null references account (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_reset_account_idx on password_reset (account_id);
