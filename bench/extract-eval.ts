// npm run eval:extract [-- DIR] [--details]: the figure recogniser against a hand-annotated set
// (../shared/extract beside the repository unless DIR or FACTLOG_EXTRACT_DIR says otherwise),
// scored by the set's own score.mjs: span recall, precision and "fully right".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type FigureCandidate, findFigures } from '#figures';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.env.FACTLOG_EXTRACT_DIR ?? '../shared/extract');
if (!existsSync(path.join(dir, 'docs.json')) || !existsSync(path.join(dir, 'score.mjs'))) {
  console.error(`no annotated set at ${dir} (docs.json, gold.jsonl, score.mjs): pass its folder as an argument or in FACTLOG_EXTRACT_DIR`);
  process.exit(2);
}

interface Doc {
  readonly id: string;
  readonly file: string;
}

/** A candidate in the scorer's terms: every bound written out, null where the qualifier leaves it open. */
function prediction(doc: string, c: FigureCandidate) {
  const { amount = null, qualifier, unit = null } = c.value;
  const [lower, upper] =
    qualifier === 'exact' ? [amount, amount] : qualifier === 'approx' ? [null, null] : [c.value.lowerBound ?? null, c.value.upperBound ?? null];
  return { doc, start: c.quote.start, end: c.quote.end, text: c.quote.text, amount, lower, upper, qualifier, unit, kind: c.kind };
}

const docs = JSON.parse(readFileSync(path.join(dir, 'docs.json'), 'utf8')) as Doc[];
const lines: string[] = [];
for (const doc of docs) {
  const text = readFileSync(path.join(dir, doc.file), 'utf8');
  for (const c of findFigures(text)) lines.push(JSON.stringify(prediction(doc.id, c)));
}
const out = path.resolve('dist/extract');
mkdirSync(out, { recursive: true });
const predictions = path.join(out, 'predictions.jsonl');
writeFileSync(predictions, `${lines.join('\n')}\n`);
console.log(`${lines.length} figures in ${docs.length} articles from ${dir}, written to ${path.relative(process.cwd(), predictions)}`);

const scorer = spawnSync(process.execPath, ['score.mjs', 'gold.jsonl', predictions, ...args.filter((a) => a === '--details')], { cwd: dir, stdio: 'inherit' });
process.exit(scorer.status ?? 1);
