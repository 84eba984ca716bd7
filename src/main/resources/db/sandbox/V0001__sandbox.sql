-- The sandbox application's own tables (java -jar <jar> sandbox), in its own schema with its own Flyway history.
-- The same shape as the portal's V0002, which the in-process sandbox of the local profile keeps using.

-- One simulated SendClean account. The token is kept in clear on purpose: it is a made-up test credential, and the
-- sandbox must compare it with what clients send. latency_millis and fault are switches for tests and benchmarks.
create table sandbox_account (
    owner_id       varchar(64)  primary key,
    token          varchar(128) not null,
    latency_millis integer      not null default 0,
    fault          varchar(32),
    created_at     timestamptz  not null default now(),
    constraint sandbox_account_latency check (latency_millis between 0 and 60000),
    constraint sandbox_account_fault check (fault in ('HTTP_500_HTML', 'MALFORMED_JSON', 'AUTHENTICATION_FAILURE'))
);

-- The account's SMTP users, as listSmtp returns them. The primary key's index (owner_id, smtp_user_name) is also the
-- index listSmtp reads in name order, so no second index is needed.
create table sandbox_smtp_user (
    owner_id       varchar(64) not null references sandbox_account (owner_id) on delete cascade,
    smtp_user_name varchar(32) not null,
    password       varchar(64) not null,
    status         varchar(7)  not null,
    total_limit    integer     not null,
    hourly_limit   integer     not null,
    created_at     timestamptz not null default now(),
    primary key (owner_id, smtp_user_name),
    constraint sandbox_smtp_user_status check (status in ('Enable', 'Disable')),
    constraint sandbox_smtp_user_limits check (total_limit > 0 and hourly_limit > 0)
);
