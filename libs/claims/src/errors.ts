/**
 * Why a command was refused. The application maps the kind to a status (invalid 422,
 * not_found 404, conflict 409, forbidden 403); `field` names the part of the input at fault.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const invalid = (field: string, message: string) => new DomainError('invalid', message, field);
export const notFound = (what: string) => new DomainError('not_found', `${what} does not exist`);
export const conflict = (message: string, field?: string) => new DomainError('conflict', message, field);
/** A rule of the domain reserves this to a role the actor does not have. */
export const forbidden = (message: string) => new DomainError('forbidden', message);
