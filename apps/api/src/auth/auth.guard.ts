import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DATABASE, findActor, type RecordingDb, roleAtLeast } from '#recording';
import { type Access, REQUIRED_ROLE } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';

/**
 * Every route states the role it needs (see Endpoint); a route that forgot to is refused to
 * all, rather than left open. Keys come as `Authorization: Bearer <key>`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const needed = this.reflector.get<Access | undefined>(REQUIRED_ROLE, context.getHandler());
    if (needed === 'public') return true;
    if (!needed) throw new ProblemError(403, 'Forbidden', 'this route declares no role');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new ProblemError(401, 'Unauthorized', 'send an API key as Authorization: Bearer <key>');
    const actor = await findActor(this.db, match[1]!);
    if (!actor) throw new ProblemError(401, 'Unauthorized', 'the API key is unknown or revoked');
    request.actor = actor;
    if (!roleAtLeast(actor.role, needed)) {
      throw new ProblemError(403, 'Forbidden', `this needs the ${needed} role; the key has ${actor.role}`);
    }
    return true;
  }
}
