import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '#claims';
import type { Actor, RequestContext } from '#access';
import { DATABASE } from '#database';
import { logHas } from '#event-store';
import { ChangeClaimCommand, DefineEntityCommand, DefineMetricCommand, RecordClaimCommand, RegisterSourceCommand } from '#recording';
import { demoEntities, demoMetrics, type DemoSourceKey, demoSources } from './demo-catalog.js';
import { demoClaims } from './demo-claims.js';
import type { AppDb } from '../schema.js';

/** Who the demo's events name as their author, in the audit trail and the change feed. */
export const DEMO_ACTOR: Actor = { keyId: 'factlog-demo', name: 'factlog demo', role: 'admin' };

export interface DemoLoad {
  /** Whether anything was written: false when every command found its work already done. */
  readonly loaded: boolean;
  /** Claims recorded by this load. */
  readonly claims: number;
  /** Global position of the last demo event: what a reader passes as minPosition. */
  readonly position: number;
}

/**
 * Records the demo material through the command handlers, as an editor sending the same
 * commands over the API would, under the demo's own actor. Every command is idempotent (the
 * same source, entity, metric or claim is named by the same id), so loading twice writes
 * nothing the second time and an interrupted load can be finished by loading again.
 */
export async function loadDemo(app: INestApplicationContext): Promise<DemoLoad> {
  const bus = app.get(CommandBus);
  const correlationId = `factlog-demo-${randomUUID()}`;
  const context = (): RequestContext => ({ actor: DEMO_ACTOR, requestId: randomUUID(), correlationId });
  let appended = false;
  let position = 0;
  const note = (result: { readonly created: boolean; readonly position: number }) => {
    appended ||= result.created;
    position = Math.max(position, result.position);
  };

  const sourceIds = {} as Record<DemoSourceKey, string>;
  for (const [key, { corpusId: _, ...details }] of Object.entries(demoSources) as Array<[DemoSourceKey, (typeof demoSources)[DemoSourceKey]]>) {
    const written = await bus.execute(new RegisterSourceCommand(details, context()));
    note(written);
    sourceIds[key] = written.resource.id;
  }
  for (const metric of demoMetrics) note(await bus.execute(new DefineMetricCommand(metric, context())));
  for (const entity of demoEntities) note(await bus.execute(new DefineEntityCommand(entity, context())));

  let claims = 0;
  for (const { key: _, source, entity: __, review, ...claim } of demoClaims) {
    let written;
    try {
      written = await bus.execute(new RecordClaimCommand({ ...claim, sourceId: sourceIds[source] }, context()));
    } catch (error) {
      // The same claim already stands with another value (corrected since, or recorded by an
      // earlier release of the demo): it is left as it is.
      if (error instanceof DomainError && error.kind === 'conflict') continue;
      throw error;
    }
    note(written);
    if (written.created) claims++;
    // Reviewed when first recorded: loading again finds the claim recorded and reviews nothing.
    if (written.created && review) note(await bus.execute(new ChangeClaimCommand(written.claimId, { type: 'ReviewClaim', ...review }, context())));
  }
  return { loaded: appended, claims, position };
}

/**
 * Loads the demo into a log that holds nothing but the demo's own events: on the first start,
 * and again after a start that stopped half way through loading it. Once anyone else has
 * written (recorded, corrected or retracted anything, demo claims included), never again, so
 * what a user removed does not come back.
 */
export async function loadDemoIntoFreshLog(app: INestApplicationContext): Promise<DemoLoad | undefined> {
  if (await othersHaveWritten(app.get<AppDb>(DATABASE))) return undefined;
  return loadDemo(app);
}

async function othersHaveWritten(db: AppDb): Promise<boolean> {
  // API keys made (the first start's admin key among them) are not writes to the figures.
  return logHas(db, { metadataNot: { actorKeyId: DEMO_ACTOR.keyId }, excludeStreamPrefixes: ['apikey-'] });
}
