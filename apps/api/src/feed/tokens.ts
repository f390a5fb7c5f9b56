/** The database connection string, for connections of their own (LISTEN, advisory locks). */
export const SETTINGS_URL = Symbol('DATABASE_URL');
