/** Each role can do what the ones before it can. */
export const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleAtLeast = (held: Role, needed: Role) => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** Who sends a command: stored as the actor of every event it causes. */
export interface Actor {
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
}

/** What every event carries about the request that caused it. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** The bulk import the command is part of: every event it causes names it (the audit filters by it). */
  readonly importId?: string;
  /** Where an imported event first came from, as its file says (an export of another instance): kept for the audit, trusted for nothing. */
  readonly origin?: { readonly actor?: string; readonly recordedAt?: string };
}

export function eventMetadata(context: RequestContext) {
  return {
    actor: context.actor.name,
    actorKeyId: context.actor.keyId,
    requestId: context.requestId,
    correlationId: context.correlationId,
    causationId: context.causationId ?? context.requestId,
    ...(context.importId ? { importId: context.importId } : {}),
    ...(context.origin && Object.keys(context.origin).length > 0 ? { origin: context.origin } : {}),
  };
}
