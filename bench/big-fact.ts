/**
 * The large fact `bench:write` and `bench:fact-size` load and then write to: a daily series of
 * `claims` claims over `claims / 5` days, five per day from sources of different publishers and
 * releases, whose values partly disagree: agreements, revisions and contradictions, as a
 * statistical series and its re-publications give. Day d is stated by five sources: k = 0, 1 of
 * one publisher and k = 2, 3, 4 of another (a release and its restatements).
 */
export const SOURCES = 20;

/** Day n from 2000-01-01, as YYYY-MM-DD. */
export const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Source s's details: releases of five publishers, on dates a month apart. */
export const sourceDetails = (s: number) => ({
  title: `Release ${s}`,
  publisher: `Office ${s % 5}`,
  publishedAt: day(8000 + s * 30),
  kind: 'statistical_release',
  language: 'en',
});

export function bigFact(claims: number) {
  const days = Math.max(1, Math.floor(claims / 5));
  /** Claim n of the series: which source states it, on which day. */
  const claim = (n: number) => ({
    source: (Math.floor(n / days) * 5 + (Math.floor(n / days) % 5 >= 2 ? 1 : 0) + (n % days)) % SOURCES,
    at: day(n % days),
  });
  return {
    claim,
    /** The amount of preloaded claim n: each release states each day differently. */
    preloadedAmount: (n: number) => 1000 + (n % days) + Math.floor(n / days) * 40,
    /** A claim written under load: on a day that already has claims, from one of the sources, with a random value. */
    later: () => ({ n: Math.floor(Math.random() * claims * 10), amount: 1000 + Math.round(Math.random() * 2000) / 10 }),
  };
}
