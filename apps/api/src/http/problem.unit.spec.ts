import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import { retryAfterOf, toProblem } from './problem.js';

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

  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection due to crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08000', 'connection exception'],
    ['08003', 'connection does not exist'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
  ])('answers %s (%s) with 503 and Retry-After, without its details', (code, message) => {
    const error = pgError(code, message);
    const problem = toProblem(error);
    expect(problem.status).toBe(503);
    expect(problem.detail).toBe('the database is not available at the moment; send the same request again later');
    expect(JSON.stringify(problem)).not.toContain(message);
    expect(retryAfterOf(error)).toMatch(/^\d+$/);
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['refusals from every address of the host', new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })])],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a connection that timed out', new Error('Connection terminated due to connection timeout')],
    ["the pool's connect timeout", new Error('timeout exceeded when trying to connect')],
    ["a connection's connect timeout", new Error('timeout expired')],
    ['a client that lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['a wrapped connection error', new Error('query failed', { cause: Object.assign(new Error('x'), { code: '57P01' }) })],
  ])('answers %s with 503 and Retry-After, without its details', (_, error) => {
    const problem = toProblem(error);
    expect(problem.status).toBe(503);
    expect(JSON.stringify(problem)).not.toMatch(/ECONN|5432|terminated|timeout|queryable/);
    expect(retryAfterOf(error)).toMatch(/^\d+$/);
  });

  it('sends no Retry-After for an error that a retry will not cure', () => {
    expect(retryAfterOf(pgError('23505', 'duplicate key value'))).toBeUndefined();
    expect(retryAfterOf(new Error('Connection string is not valid'))).toBeUndefined();
  });
});
