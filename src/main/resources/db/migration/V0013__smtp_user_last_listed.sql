-- The last state SendClean listed for each SMTP user of a tenant (name, status and limits only, never a password).
-- A re-list compares against it to find changes made outside the portal; every update is a compare-and-set on
-- "version", so two sessions or two instances that see the same change record one audit event, not two.
create table smtp_user_listing (
    tenant_id            bigint      primary key references tenant (id),
    -- the stored credentials' updated_at this baseline was taken with: newly saved credentials start a new,
    -- silent baseline
    credentials_saved_at timestamptz not null,
    -- when the newest listing compared here began; an older listing that finishes later is ignored
    listed_at            timestamptz not null
);

create table smtp_user_last_listed (
    tenant_id          bigint       not null references tenant (id),
    name               varchar(100) not null,
    -- null until a listing shows the user (a row may start as a portal attempt on a user just created)
    status             varchar(16),
    total_limit        integer,
    hourly_limit       integer,
    -- the latest portal attempt on this user (any outcome) since a listing confirmed its state: it explains the
    -- next difference
    portal_attempt_at  timestamptz,
    -- the last time a re-list found a change nobody made through the portal
    changed_outside_at timestamptz,
    version            bigint       not null default 0,
    primary key (tenant_id, name)
);

create index smtp_user_last_listed_outside_idx on smtp_user_last_listed (tenant_id, changed_outside_at desc)
    where changed_outside_at is not null;
