import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '#claims';
import { demoClaims, demoEntities, demoMetrics, demoSources } from './index.js';

// The corpus lives beside the repository (shared/corpus), not in it: the project keeps figures
// and short spans only, and these tests check them against the articles wherever those exist.
const corpus = path.resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/corpus');
const present = existsSync(path.join(corpus, 'sources.json'));

interface CorpusSource {
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  publication_date: string;
  date_precision: string;
}
interface GoldClaim {
  claim_id: string;
  source: string;
  value: { amount: number | null; lower: number | null; upper: number | null; qualifier: string };
  valid_time: string;
  char_start: number;
  char_end: number;
  tier: string;
}

/** Gold claims the demo leaves out on purpose (see demo-claims.ts). */
const LEFT_OUT = ['s004-c03', 's004-c10', 's004-c14'];

describe.skipIf(!present)(`the demo data against the corpus articles${present ? '' : ` (skipped: no corpus at ${corpus})`}`, () => {
  const sources = (): CorpusSource[] => JSON.parse(readFileSync(path.join(corpus, 'sources.json'), 'utf8'));
  const text = (corpusId: string) => readFileSync(path.join(corpus, sources().find((s) => s.id === corpusId)!.file), 'utf8');
  const gold = (): GoldClaim[] =>
    readFileSync(path.join(corpus, 'dev-gold.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('has one source per article, with its title, publisher and publication date at its precision', () => {
    const all = sources();
    expect(
      Object.values(demoSources)
        .map((s) => s.corpusId)
        .sort(),
    ).toEqual(all.map((s) => s.id).sort());
    for (const source of Object.values(demoSources)) {
      const meta = all.find((s) => s.id === source.corpusId)!;
      expect(source.title).toBe(meta.title);
      expect('publisher' in source ? source.publisher : null).toBe(meta.publisher);
      expect(source.publishedAt).toBe(meta.publication_date);
      expect(parsePartialDate(source.publishedAt, 'publishedAt').precision).toBe(meta.date_precision);
    }
  });

  it('quotes exactly the words at the stored offsets, and only a few words at a time', () => {
    for (const claim of demoClaims) {
      const article = text(demoSources[claim.source].corpusId);
      expect(article.slice(claim.quote.start, claim.quote.end), claim.key).toBe(claim.quote.text);
      expect(claim.quote.text.length, claim.key).toBeLessThanOrEqual(60);
    }
  });

  it('covers every figure of the hand annotation, with its value and valid time', () => {
    const byCorpusId = (id: string) => demoClaims.filter((c) => demoSources[c.source].corpusId === id);
    const annotated = gold().filter((g) => !LEFT_OUT.includes(g.claim_id));
    expect(annotated.length).toBeGreaterThan(10);
    for (const g of annotated) {
      const match = byCorpusId(g.source).find((c) => c.quote.start >= g.char_start && c.quote.end <= g.char_end);
      expect(match, `${g.claim_id} has no demo claim inside its span`).toBeDefined();
      expect('at' in match!.validTime && match!.validTime.at, g.claim_id).toBe(g.valid_time);
      if (g.value.amount !== null) expect(match!.value.amount, g.claim_id).toBe(g.value.amount);
      else expect([match!.value.lowerBound, match!.value.upperBound], g.claim_id).toEqual([g.value.lower, g.value.upper]);
    }
  });
});

describe('the demo data', () => {
  it('refers only to sources, entities and metrics it defines, each id once', () => {
    const entityIds = demoEntities.map((e) => e.id);
    const metricIds = demoMetrics.map((m) => m.id);
    expect(new Set(entityIds).size).toBe(entityIds.length);
    expect(new Set(metricIds).size).toBe(metricIds.length);
    expect(new Set(demoClaims.map((c) => c.key)).size).toBe(demoClaims.length);
    for (const claim of demoClaims) {
      expect(Object.keys(demoSources), claim.key).toContain(claim.source);
      expect(entityIds, claim.key).toContain(claim.entity);
      expect(metricIds, claim.key).toContain(claim.metric);
    }
  });

  it('names each entity by one of its own names only, so every claim lands on the entity it means', () => {
    const names = demoEntities.flatMap((e) => [e.id, e.name, ...e.aliases].map((n) => [n.toLowerCase(), e.id] as const));
    for (const [name, id] of names)
      expect(
        names.filter(([n]) => n === name).every(([, other]) => other === id),
        name,
      ).toBe(true);
    for (const claim of demoClaims) {
      expect(names.find(([n]) => n === claim.subject.toLowerCase())?.[1], claim.key).toBe(claim.entity);
    }
  });
});
