-- People who sign in to the portal. Tenant membership lives in its own tables.
create table user_account (
    id                   bigint generated always as identity primary key,
    username             varchar(64)  not null,
    password_hash        varchar(255) not null,
    platform_admin       boolean      not null default false,
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null default now(),
    created_at           timestamptz  not null default now()
);

-- user names are unique regardless of case, so "Alice" cannot shadow "alice"
create unique index user_account_username_uk on user_account (lower(username));
