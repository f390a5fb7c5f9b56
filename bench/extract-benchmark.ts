/**
 * How long the figure recogniser takes over a news article of about 1,000 words, the size the
 * candidates endpoint must answer within 200 ms: the first call in a process (which builds the
 * recognizer's models), then the median and 95th percentile over many articles.
 *
 *   npm run bench:extract        (BENCH_ARTICLES, default 200)
 */
import os from 'node:os';
import { findFigures, warmUp } from '#figures';
import { writeResults } from './support.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);
const WORDS = 1000;

// Sentences as business, politics and entertainment news write them, figures and non-figures alike.
const SENTENCES = [
  'US industrial output rose 0.3% in November, in line with forecasts, from a revised 0.6% increase in October.',
  'Analysts said that if the carmaking sector, which saw production fall 0.5%, had been excluded the data would have been stronger.',
  'Up to $120m (£64m) has gone missing from the Bank of China, and two officials have been arrested.',
  'The government has spent at least $190bn bailing out its big four banks since 1998.',
  'One in five loans is thought not to be repaid, according to the China-published Economic Observer.',
  'More than 150,000 tickets for the band’s two Dublin concerts sold out within 50 minutes on Saturday.',
  'The tour, which begins in San Diego on 28 March, covers 13 US cities and 24 gigs.',
  'Tickets cost between 59.50 and 80 euro each, and almost 80,000 people are expected at Croke Park.',
  'UK music sales rose 3% to $33.6 billion (£17.7 billion) last year, while CD album sales grew 4.5% to 174.6 million units.',
  'The average Briton bought 3.2 CDs per person per year, and around 26,000 albums were released.',
  'Less than half of the 2,234 adults questioned by Mori backed a ban, down from almost two-thirds six years ago.',
  'Shares in the retailer fell 12p to 560p after it warned that profits would slip by 8% to £1.2bn.',
  'Chelsea won 3-1 at Stamford Bridge in front of 41,000 fans, their 12th win of the season.',
  'The G7 finance ministers met in London on 4 February 2005 and agreed to cancel the debt of 18 countries.',
  'Unemployment rose from 4.7% to 4.8% in the three months to December, the Office for National Statistics said.',
  'Thousands of workers at the plant, which employs about 3,500 people, are to lose their jobs over the next two years.',
  'The film took $40.5m at the US box office in its first weekend, more than double the takings of its nearest rival.',
  'The airline will cut 1,200 jobs and retire 15 of its 60 aircraft by 2007, saving £250m a year.',
  'Oil prices climbed to $55 a barrel, a rise of more than 50% on a year earlier.',
  'Mr Blair said the government would spend an extra £1.5bn over three years on 200 new schools.',
  'Sales of the PlayStation 2 have passed 70 million, and Sony expects to ship 3 million PSP consoles by March.',
  'Voters gave the party 36% of the vote, its lowest share since the 1980s, on a turnout of 61.4 per cent.',
  'Interest rates have been held at 4.75% for the sixth month in a row.',
  'The 25-nation bloc agreed a budget of about 862bn euros for the seven years from 2007.',
  'He was jailed for 12 years in 2003 and fined 500,000 yuan.',
  'The scheme has cost taxpayers millions of pounds and tens of thousands of hours of staff time.',
  'Between 30 and 40% of the territory has been cleared, and dozens of villages have been rebuilt.',
  'The 38-year-old singer will play three nights at Wembley, which holds about 90,000 people.',
  'Growth is expected to reach 2.5 to 3% next year, nearly three times the rate seen in 2002.',
  'Ministers met again on Monday and said further talks would be held later in the year.',
];

/** A text of about WORDS words: sentences taken in an order that differs from one article to the next. */
function article(seed: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  let i = seed;
  while (words < WORDS) {
    const paragraph = [0, 1, 2].map(() => SENTENCES[(i = (i * 7 + 3) % SENTENCES.length)]!).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return `Headline number ${seed}\n\n${paragraphs.join('\n')}`;
}

function percentile(sorted: readonly number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const texts = Array.from({ length: ARTICLES }, (_, i) => article(i + 1));
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length;

let started = performance.now();
warmUp();
const firstCall = performance.now() - started;

const ms: number[] = [];
let figures = 0;
for (const text of texts) {
  started = performance.now();
  figures += findFigures(text, { publishedAt: '2005-02-04' }).length;
  ms.push(performance.now() - started);
}
ms.sort((a, b) => a - b);
const results = {
  articles: ARTICLES,
  wordsPerArticle: Math.round(words),
  figuresPerArticle: Math.round(figures / ARTICLES),
  firstCallMs: Number(firstCall.toFixed(1)),
  medianMs: Number(percentile(ms, 50).toFixed(1)),
  p95Ms: Number(percentile(ms, 95).toFixed(1)),
  maxMs: Number(ms[ms.length - 1]!.toFixed(1)),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
};
console.log(
  `figures in a ${results.wordsPerArticle}-word article (${results.figuresPerArticle} figures), ${ARTICLES} articles: ` +
    `median ${results.medianMs} ms, p95 ${results.p95Ms} ms, max ${results.maxMs} ms; warm-up (first call) ${results.firstCallMs} ms`,
);
console.log(`written to ${await writeResults('extract', results)}`);
