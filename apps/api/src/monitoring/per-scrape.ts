/**
 * A read shared by the gauges of one scrape: they all collect within the same moment, so the
 * first asks and the others, within `ms`, take its answer.
 */
export function perScrape<T>(read: () => Promise<T>, ms = 1000): () => Promise<T> {
  let latest: { at: number; answer: Promise<T> } | undefined;
  return () => {
    if (!latest || Date.now() - latest.at > ms) latest = { at: Date.now(), answer: read() };
    return latest.answer;
  };
}
