import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { roleAtLeast } from '#access';
import { type Access, REQUIRED_ROLE } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';

/**
 * Every route states the role it needs (see Endpoint); a route that forgot to is refused to
 * all, rather than left open. The key (`Authorization: Bearer <key>`) was resolved to its actor
 * before the body was read (see authenticateBeforeBody); here the actor's role is checked.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const needed = this.reflector.get<Access | undefined>(REQUIRED_ROLE, context.getHandler());
    if (needed === 'public') return true;
    if (!needed) throw new ProblemError(403, 'Forbidden', 'this route declares no role');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = request.actor;
    if (!actor) throw new ProblemError(401, 'Unauthorized', 'send an API key as Authorization: Bearer <key>');
    if (!roleAtLeast(actor.role, needed)) {
      throw new ProblemError(403, 'Forbidden', `this needs the ${needed} role; the key has ${actor.role}`);
    }
    return true;
  }
}
