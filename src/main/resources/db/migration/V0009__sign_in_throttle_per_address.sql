-- Issue 13: the tight failure limit counts per account name and client address together (scope PAIR, key
-- "<name> <address>"), so failures from elsewhere never lock the owner out; the ACCOUNT scope becomes a high ceiling.
alter table sign_in_throttle drop constraint sign_in_throttle_scope;
alter table sign_in_throttle add constraint sign_in_throttle_scope check (scope in ('ACCOUNT', 'ADDRESS', 'PAIR'));
alter table sign_in_throttle alter column key type varchar(256);
-- account pauses counted under the old, tight limit would keep owners out for up to an hour after the upgrade
update sign_in_throttle set blocked_until = null where scope = 'ACCOUNT';
