-- Which associated data the owner id and token ciphertexts were made with:
--   1: "tenant:<id>|field:<name>" (rows written before this migration);
--   2: "v2|tenant:<id>|field:<name>|bound:<app_domain>", so a changed app_domain no longer decrypts and the stored
--      token cannot be redirected to another host by someone who can only write the database.
-- The portal re-encrypts version 1 rows into version 2 once, on start-up, under an advisory lock.
alter table sendclean_credentials add column associated_data_version smallint not null default 1
    constraint sendclean_credentials_associated_data_version check (associated_data_version in (1, 2));
