-- A tenant's SendClean credentials. Owner id and token are Tink AEAD ciphertexts whose associated data is the
-- tenant's id and the field's name, so a value copied to another row or column does not decrypt. Only the token's
-- last four characters are kept in clear, to show which token is stored.
create table sendclean_credentials (
    tenant_id          bigint       primary key references tenant (id),
    owner_id_encrypted bytea        not null,
    token_encrypted    bytea        not null,
    token_last_four    varchar(4)   not null,
    owner_id_last_four varchar(4)   not null,
    app_domain         varchar(253) not null,
    -- set when SendClean refused these credentials, so screens can say so without calling again
    refused_at         timestamptz,
    updated_at         timestamptz  not null default now(),
    updated_by         bigint       references user_account (id)
);
