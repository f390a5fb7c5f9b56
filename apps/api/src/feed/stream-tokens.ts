import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { type Actor, findActorById } from '#access';
import { DATABASE } from '#database';
import type { AppDb } from '../schema.js';

/** How long a stream token opens a stream: enough to hand it to EventSource, too short to be worth stealing. */
export const STREAM_TOKEN_SECONDS = 60;
/** The token opens the change-feed stream and nothing else. */
const AUDIENCE = 'factlog:event-stream';
const KEY_NAME = 'event-stream-tokens';

/**
 * Short-lived tokens for the change-feed stream, for browsers, whose EventSource cannot send an
 * Authorization header: a client trades its API key for one (POST /v1/events/stream-tokens) and
 * puts that in the URL, never the key. Signed (HS256) with a key kept in the database, so any
 * API process accepts what another gave out; the key behind a token must still be valid when
 * the stream opens.
 */
@Injectable()
export class StreamTokens {
  #secret: Promise<Uint8Array> | undefined;

  constructor(@Inject(DATABASE) private readonly db: AppDb) {}

  async issue(actor: Actor): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + STREAM_TOKEN_SECONDS) * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(actor.keyId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(await this.#key());
    return { token, expiresAt };
  }

  /** The actor a token was given to, or why it is refused. */
  async verify(token: string): Promise<Actor | string> {
    try {
      const { payload } = await jwtVerify(token, await this.#key(), { audience: AUDIENCE, algorithms: ['HS256'] });
      const actor = payload.sub ? await findActorById(this.db, payload.sub) : undefined;
      return actor ?? 'the API key this token was given to is revoked';
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'the stream token has expired: ask for another' : 'the stream token is not one this API gave out';
    }
  }

  #key(): Promise<Uint8Array> {
    this.#secret ??= this.#load().catch((error: unknown) => {
      this.#secret = undefined;
      throw error;
    });
    return this.#secret;
  }

  async #load(): Promise<Uint8Array> {
    await this.db
      .insertInto('signing_keys')
      .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db.selectFrom('signing_keys').select('secret').where('name', '=', KEY_NAME).executeTakeFirstOrThrow();
    return Buffer.from(row.secret, 'base64url');
  }
}
