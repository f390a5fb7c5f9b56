import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The projector brings a fact's summary up to date from the claims around a change (the
// clusters of claims whose valid times overlap it), not from all of the fact's claims.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Finding a fact's current claims that overlap a valid time: one GiST probe, whatever the
  // number of claims the fact holds (btree_gist lets the fact's two text columns join the range).
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`
    create index rm_claims_current_span_idx on rm_claims
    using gist (entity_id, metric_id, daterange(valid_start, valid_end, '[]'))
    where recorded_to is null`.execute(db);
  // How many active claims of the fact have no verdict (the unreviewed flag); null: unknown,
  // and the fact is summarised from all its claims the next time it changes.
  await sql`alter table rm_facts add column unreviewed_claims integer`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_facts drop column unreviewed_claims`.execute(db);
  await sql`drop index rm_claims_current_span_idx`.execute(db);
}
