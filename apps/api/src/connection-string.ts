/** The database connection string, for connections of their own (LISTEN, advisory locks). */
export const CONNECTION_STRING = Symbol('CONNECTION_STRING');
