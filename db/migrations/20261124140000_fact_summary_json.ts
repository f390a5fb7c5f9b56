import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A fact's summary and its source tally are written whole by the projector on every batch that
// touches the fact and read whole by the API; no query needs their structure (the one lookup of
// a contradiction by id searches the text). As json they are stored as the text they arrive in:
// jsonb would parse each one on the way in and print it again on the way out.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_facts alter column summary type json using summary::json, alter column source_claims type json using source_claims::json`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_facts alter column summary type jsonb using summary::jsonb, alter column source_claims type jsonb using source_claims::jsonb`.execute(
    db,
  );
}
