-- A tenant is one customer account. Its slug names it in URLs and never changes, even when it is renamed.
create table tenant (
    id         bigint generated always as identity primary key,
    name       varchar(100) not null,
    slug       varchar(63)  not null,
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    constraint tenant_slug_uk unique (slug),
    constraint tenant_slug_format check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$')
);

-- Which user may do what in which tenant. Reseller staff have several rows.
create table membership (
    tenant_id  bigint      not null references tenant (id),
    user_id    bigint      not null references user_account (id),
    role       varchar(16) not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, user_id),
    constraint membership_role check (role in ('ADMIN', 'OPERATOR', 'VIEWER'))
);

create index membership_user_idx on membership (user_id);

-- where a user with several tenants lands after signing in
create table last_used_tenant (
    user_id   bigint primary key references user_account (id),
    tenant_id bigint not null references tenant (id)
);
