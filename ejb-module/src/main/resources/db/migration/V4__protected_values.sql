-- Protected values (e.g. a residency basis): AES-GCM ciphertext only, keyed by the record that owns them.
-- Never joined into lists or searches; read one at a time through ProtectedValues, each read audited.
create table protected_value (
    owner_type varchar(40)  not null,
    owner_id   varchar(60)  not null,
    kind       varchar(40)  not null,
    key_id     varchar(20)  not null,
    ciphertext text         not null,
    updated_at timestamptz  not null,
    primary key (owner_type, owner_id, kind)
);

-- Only administrators until a program's policy grants more (the Explorer issue decides for coordinators).
insert into role_permission (role, permission) values ('ADMIN', 'residency:read'), ('ADMIN', 'residency:write');
