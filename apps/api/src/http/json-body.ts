import type { FastifyInstance } from 'fastify';
import { checkJsonText } from '#recording';
import { ProblemError, RequestValidationError } from './problem.js';

/**
 * The only request bodies the API takes are JSON. This parser refuses what JSON.parse would
 * otherwise let through changed or PostgreSQL would refuse later (with a 500): bytes that are
 * not UTF-8 (decoding would turn them into U+FFFD silently), and what `checkJsonText` refuses
 * (NUL and lone surrogates in strings, numbers a double does not hold as written).
 * Each is a 400 naming the field. Syntax and prototype poisoning are left to Fastify's own
 * parser (secure-json-parse), which runs first.
 */
export function useJsonBodies(
  fastify: FastifyInstance,
  options: {
    /** A check on the text before JSON.parse builds anything (a nesting limit, say); it throws to refuse. */
    beforeParse?: (text: string) => void;
  } = {},
): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new ProblemError(400, 'Bad Request', 'the request body is not valid UTF-8'), undefined);
      return;
    }
    try {
      options.beforeParse?.(text);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    void parse(request, text, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      const errors = checkJsonText(text);
      if (errors.length) return done(new RequestValidationError(errors), undefined);
      done(null, value);
    });
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
