import { RequestValidationError } from './problem.js';

/** How deep a request body's arrays and objects may nest. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, found by scanning it once without building anything, or
 * `Infinity` as soon as it passes `limit`. JSON.parse recurses on nesting and builds every level
 * before a schema can refuse it: a few megabytes of brackets cost seconds of CPU and exhaust
 * the stack. Brackets inside strings do not count; the text need not be valid JSON (parsing
 * still judges that).
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return Infinity;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return deepest;
}

/** Refuses, with a 400 problem naming the body, a JSON text nested deeper than `max`. */
export function assertJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  if (jsonDepth(text, max) > max) {
    throw new RequestValidationError([{ field: '(root)', message: `arrays and objects nest deeper than ${max} levels` }]);
  }
}
