/**
 * What JSON.parse lets through changed, or PostgreSQL would refuse later: strings and keys
 * holding NUL (`\u0000`: no PostgreSQL text or jsonb value can hold it) or a lone surrogate
 * (`\ud800`: not a character, and refused by jsonb), and numbers a double does not hold as
 * written: beyond ±(2^53 − 1), where neighbouring whole numbers can no longer be told apart, more
 * significant digits than a double keeps (0.30000000000000001), or so small they would become 0
 * (1e-400). The API's JSON bodies and an import's lines are held to the same rules.
 */

/** A value refused, by its path in the document (`value.amount`, `(root)`). */
export interface JsonTextError {
  readonly field: string;
  readonly message: string;
}

/** An open object or array; together, the open ones name the path to the value being read. */
interface Frame {
  /** Objects: the key of the value being read, or undefined while a key is expected. */
  key?: string;
  /** Arrays: the index of the value being read. */
  index?: number;
}

// In a `u` regex a surrogate can only match on its own: a pair is one code point.
const LONE_SURROGATE = /\p{Surrogate}/u;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_ERRORS = 20;

/**
 * Walks the text of a JSON document that has already parsed, keeping the path to each value,
 * and returns what the rules above refuse. Iterative, so nesting costs no call stack.
 */
export function checkJsonText(text: string): JsonTextError[] {
  const errors: JsonTextError[] = [];
  const stack: Frame[] = [];
  // Built only for an error: each open container's current key or index is one step.
  const fieldOf = (key?: string) =>
    [...stack.map((f) => (f.index !== undefined ? String(f.index) : f.key)), key]
      .filter((step) => step !== undefined)
      .map(printable)
      .join('.') || '(root)';
  for (let i = 0; i < text.length && errors.length < MAX_ERRORS;) {
    const c = text[i]!;
    if (c === '"') {
      const end = closingQuote(text, i);
      const raw = text.slice(i + 1, end);
      const top = stack.at(-1);
      const isKey = top !== undefined && top.index === undefined && top.key === undefined;
      // Without an escape, the characters are the JSON text's own: well-formed, and never NUL.
      const value = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
      const problem = stringProblem(value);
      if (problem) errors.push({ field: fieldOf(isKey ? value : undefined), message: isKey ? `a key ${problem}` : problem });
      if (isKey) top.key = value;
      i = end + 1;
    } else if (c === '{' || c === '[') {
      stack.push(c === '[' ? { index: 0 } : {});
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      const top = stack.at(-1)!;
      if (top.index !== undefined) top.index++;
      else top.key = undefined;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)![0];
      const problem = numberProblem(token);
      if (problem) errors.push({ field: fieldOf(), message: problem });
      i += token.length;
    } else {
      i++; // whitespace, ':', true, false, null
    }
  }
  return errors;
}

function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text[end - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function stringProblem(value: string): string | undefined {
  if (value.includes('\0')) return 'holds a NUL character (\\u0000), which cannot be stored';
  if (LONE_SURROGATE.test(value)) return 'holds a lone surrogate (a \\ud800-\\udfff escape without its pair), which is not a character';
  return undefined;
}

/** A field name fit for a message: the characters it was refused for, escaped. */
const printable = (name: string) => name.replace(/\0|\p{Surrogate}/gu, (ch) => (ch === '\0' ? '\\u0000' : `\\u${ch.charCodeAt(0).toString(16)}`));

export function numberProblem(token: string): string | undefined {
  const value = Number(token);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return `${token} is beyond ±${Number.MAX_SAFE_INTEGER} (2^53 − 1), past which numbers are not kept exactly`;
  }
  const written = decimal(token);
  if (written === decimal(String(value))) return undefined;
  if (value === 0) return `${token} is too small to keep: it would be stored as 0`;
  return `${token} has more significant digits than are kept: it would be stored as ${value}`;
}

/** A decimal number in one canonical form (sign, significant digits, point position), so 1.50e1 and 15 compare equal. */
function decimal(text: string): string {
  const [, sign, whole, fraction = '', exponent = '0'] = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  let digits = whole! + fraction;
  let point = whole!.length + Number(exponent);
  const leading = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(leading).replace(/0+$/, '');
  point -= leading;
  return digits ? `${sign}${digits}e${point}` : '0';
}
