import { type Word, wordsAfter } from './text-scan.js';

// Words that end a counted noun's phrase: the noun comes before any of them ("2,000 adults who...").
const STOP = new Set(
  (
    'a an the of in on at to for from by with and or but nor as than that which who whom whose this these those it its their his her our ' +
    'your my we they he she you i is are was were be been being has have had do does did will would shall should can could may might must ' +
    'not no so such then there here when where while after before since until per each every most less least over under up down out ' +
    'off into onto about around between against among during without within through across also only just even still yet very too all both ' +
    'some any many much few several said says say told according like whether if because though although ago'
  ).split(' '),
);
// Nouns counted in the plural without an -s.
const PLURALS = new Set('people men women children police staff cattle sheep fish personnel aircraft livestock deer offspring crew clergy'.split(' '));
const TIME = /^(?:year|month|week|day|hour|person|head|capita)s?$/i;

const isStop = (w: Word) => STOP.has(w.text.toLowerCase());
/** "cities", "CDs", "MPs", "people"; not "US", "UK's", "various", "this". */
function looksPlural(word: string): boolean {
  if (PLURALS.has(word.toLowerCase()) || /(?:children|men|women|people)$/.test(word)) return true;
  if (/['’]/.test(word) || /^[A-Z]+$/.test(word)) return false;
  return /^\p{L}[\p{L}-]*[^sui'’]s$/u.test(word) && !/(?:ous|ss)$/.test(word);
}
/** A noun as a unit: lower case unless it is an acronym or a name inside a sentence. */
const asUnit = (word: string) => (/^[A-Z][a-z-]+$/.test(word) ? word.toLowerCase() : word);

/**
 * The counted noun after a count: the first plural noun among the next few words before a
 * function word ("13 US cities" -> cities, "12 new Iraqi brigades" -> brigades), with a rate
 * kept whole ("3.2 CDs per person per year"). `end` is where the noun phrase stops.
 */
export function countedNoun(text: string, pos: number, singular: boolean): { unit: string; end: number } | undefined {
  // "the 72-member coalition", "a 10-point plan": the noun is written onto the number.
  const compound = /^-(\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(pos, pos + 30));
  if (compound && !/^(?:odd|plus|something|strong|old|off)$/.test(compound[1]!)) return { unit: compound[1]!, end: pos + compound[0].length };
  if (compound) return countedNoun(text, pos + compound[0].length, singular);
  const words = wordsAfter(text, pos, 5);
  const phrase: Word[] = [];
  for (const w of words) {
    if (isStop(w)) break;
    phrase.push(w);
  }
  // The last of the first run of plurals: "police officers", "CD albums" -> albums; "problems persist" -> problems.
  let at = phrase.findIndex((w) => looksPlural(w.text));
  while (at >= 0 && at + 1 < phrase.length && looksPlural(phrase[at + 1]!.text)) at++;
  const head = at >= 0 ? phrase[at] : singular && phrase.length > 0 ? phrase[phrase.length - 1] : undefined;
  if (!head) return undefined;
  let unit = asUnit(head.text);
  let end = head.end;
  // A rate: "per person per year", "a year".
  for (;;) {
    const [per, noun] = wordsAfter(text, end, 2);
    if (!per || !noun || !(per.text === 'per' || (per.text === 'a' && TIME.test(noun.text)))) break;
    unit += ` ${per.text} ${noun.text}`;
    end = noun.end;
  }
  return { unit, end };
}

// Verbs in -s that news writes before figures ("output rises 0.3%"): never a counted noun.
const VERBS = new Set(
  'says adds rises falls grows shows means remains makes takes gives comes goes expects includes wants needs hopes believes thinks looks seems becomes suggests warns puts gets sees keeps holds stands leaves estimates accounts runs plays wins sells buys owns employs hosts covers reaches opens uses'.split(
    ' ',
  ),
);

/**
 * When nothing is counted after a number ("jobs growth averaged 178,000", "Labour won 356 seats,
 * a majority of 66"), the nearest plural noun before it in its sentence is what it counts.
 */
export function earlierNoun(text: string, sentenceStart: number, pos: number): string | undefined {
  const before = text.slice(sentenceStart, pos);
  let found: string | undefined;
  for (const m of before.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0];
    if (!looksPlural(word) || VERBS.has(word.toLowerCase()) || STOP.has(word.toLowerCase())) continue;
    // "Holmes", "Jones": a capitalised word is a name, even opening a sentence.
    if (/^\p{Lu}\p{Ll}/u.test(word)) continue;
    found = asUnit(word);
  }
  return found;
}
