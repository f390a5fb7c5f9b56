-- The role the API and projector processes connect as in production (see README, Production).
-- Run as the owner role after every `npm run db:migrate`, in the factlog database. The owner
-- (not a superuser) runs migrations and `npm run rebuild`; the service role below may read and
-- append to the log but not change it: no UPDATE, DELETE or TRUNCATE on events, and, since it
-- owns no table, no ALTER TABLE ... DISABLE TRIGGER either.
--   create role factlog_app login password '...' nosuperuser nocreatedb nocreaterole noinherit;
grant connect on database factlog to factlog_app;
grant usage on schema public to factlog_app;
grant select, insert, update, delete, truncate on all tables in schema public to factlog_app;
grant usage on all sequences in schema public to factlog_app;
revoke update, delete, truncate on events from factlog_app;
revoke all on kysely_migration, kysely_migration_lock from factlog_app;
