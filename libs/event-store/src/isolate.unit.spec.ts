import { describe, expect, it } from 'vitest';
import { CheckpointConflictError } from './errors.js';
import { isTransientError } from './isolate.js';

const pg = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isTransientError: what fails a batch to be tried again, rather than parking an event', () => {
  it.each([
    ['a deadlock', pg('40P01')],
    ['a serialization failure', pg('40001')],
    ['a connection lost', pg('08006')],
    ['a disk full', pg('53100')],
    ['a lock not available', pg('55P03')],
    ['an administrator shutdown', pg('57P01')],
    ['a missing table (migrations not run)', pg('42P01')],
    ['a missing column', pg('42703')],
    ['a connection reset', pg('ECONNRESET')],
    ['pg losing its connection', new Error('Connection terminated unexpectedly')],
    ['another instance moving the checkpoint', new CheckpointConflictError('c')],
  ])('%s is tried again', (_, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ['a date PostgreSQL cannot store', pg('22008', 'date/time field value out of range')],
    ['a unique violation', pg('23505')],
    ['a syntax error from a bug', pg('42601')],
    ['a bug in the code', new TypeError("Cannot read properties of undefined (reading 'amount')")],
    ['something thrown that is not an error', 'nope'],
  ])('%s parks the event', (_, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});
