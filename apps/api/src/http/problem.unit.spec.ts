import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import { toProblem } from './problem.js';

// pg raises DatabaseError with the server's SQLSTATE in `code`.
const pgError = (code: string, message: string) => Object.assign(new DatabaseError(message, 0, 'error'), { code });

describe('problems from PostgreSQL errors', () => {
  it.each([
    ['40P01', 'deadlock detected'],
    ['40001', 'could not serialize access due to concurrent update'],
  ])('answers %s (%s) with 503, to be sent again', (code, message) => {
    const problem = toProblem(pgError(code, message));
    expect(problem.status).toBe(503);
    expect(problem.detail).toBe('the database could not answer this time; send the same request again');
    expect(JSON.stringify(problem)).not.toContain(message);
  });

  it('keeps any other database error a 500 without its details', () => {
    const problem = toProblem(pgError('23505', 'duplicate key value violates unique constraint "rm_facts_pkey"'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('rm_facts_pkey');
  });
});
