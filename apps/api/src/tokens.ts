/** Injection token of the application's Kysely<Database>. */
export const KYSELY = Symbol('KYSELY');
