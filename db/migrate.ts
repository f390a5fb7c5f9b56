import { connect, migrateToLatest } from '#database';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, for deployments that
// migrate before starting the API and projector processes.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const db = connect(url, { max: 1 });
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
} finally {
  await db.destroy();
}
