/** Injection token of the application's Kysely<Database>. */
export const DATABASE = Symbol('DATABASE');
