-- The audit trail: who did what, append-only. Actor, tenant and target are plain values (no foreign keys), so an
-- event outlives renamed or deactivated accounts and tenants and never blocks them.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor_id    bigint,
    actor_name  varchar(200),
    tenant_id   bigint,
    action      varchar(64)  not null,
    target      varchar(300),
    -- SUCCESS, or the kind of failure (e.g. VALIDATION, UNREACHABLE)
    outcome     varchar(64)  not null,
    -- the failure's message, or details such as "total limit 100 -> 200"; never a secret
    detail      varchar(1000),
    client_ip   varchar(64),
    user_agent  varchar(500)
);

-- newest first, for the platform view and keyset or offset paging
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
-- a tenant's events, newest first
create index audit_event_tenant_time_idx on audit_event (tenant_id, occurred_at desc, id desc);
create index audit_event_action_time_idx on audit_event (action, occurred_at desc, id desc);
-- actor and target filters are case-insensitive prefix searches
create index audit_event_actor_idx on audit_event (lower(actor_name) text_pattern_ops, occurred_at desc);
create index audit_event_target_idx on audit_event (lower(target) text_pattern_ops, occurred_at desc);

-- Append-only: nothing updates an event, and only the retention job (which sets portal.audit_retention = 'on' in
-- its transaction) deletes. This holds for every database user, superusers included.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('portal.audit_retention', true), '') = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
