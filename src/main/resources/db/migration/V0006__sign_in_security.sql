-- Failed sign-ins per account name and per client address. They live in PostgreSQL, not in memory, so that the limit
-- holds across every portal instance that shares the database. Account names are counted whether or not the account
-- exists, so throttling never tells an attacker which names are real.
create table sign_in_throttle (
    scope           varchar(8)   not null,
    key             varchar(128) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (scope, key),
    constraint sign_in_throttle_scope check (scope in ('ACCOUNT', 'ADDRESS'))
);

create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);

-- session_epoch: sessions remember the epoch they signed in with; raising it (password change, reset, deactivation)
-- ends every other session of the user on every instance at their next request.
-- two_factor_required: a platform administrator may require two-factor sign-in for their own account.
alter table user_account add column session_epoch integer not null default 0;
alter table user_account add column two_factor_required boolean not null default false;

-- A TOTP authenticator. The secret is stored as TotpSecretProtector produced it; confirmed_at stays null until the
-- user has proven with a code that their app holds the secret. last_used_step stops a code from being used twice.
create table totp_enrolment (
    user_id          bigint primary key references user_account (id),
    protected_secret varchar(1024) not null,
    confirmed_at     timestamptz,
    last_used_step   bigint        not null default 0,
    created_at       timestamptz   not null default now()
);

-- One-time recovery codes, stored as SHA-256 of 80 random bits: a database dump does not reveal them.
create table recovery_code (
    user_id   bigint   not null references user_account (id),
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- A tenant's sign-in rules, set by its ADMINs. Kept apart from the tenant table so that the tenant record stays as is.
create table tenant_sign_in_policy (
    tenant_id          bigint primary key references tenant (id),
    require_two_factor boolean not null default false
);
