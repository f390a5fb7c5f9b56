import type { MetricDefinition, SourceDetails } from '#claims';

/**
 * What the demo's claims are about: the five articles of the shared corpus as sources (metadata
 * only, never their text), the entities under every name the articles use, and the metrics.
 */

export interface DemoSource extends SourceDetails {
  /** The article's id in the corpus's sources.json, so its quotes can be checked against it. */
  readonly corpusId: string;
}

export const demoSources = {
  washington2017: {
    corpusId: 's000',
    title: 'Coalition announces meeting in Washington to accelerate anti-ISIS efforts',
    publishedAt: '2017-07',
    kind: 'news_article',
    language: 'en',
  },
  readout2021: {
    corpusId: 's001',
    title: 'Readout of the Political Directors Small Group Meeting of the Global Coalition to Defeat Daesh/ISIS',
    publishedAt: '2021',
    kind: 'official_statement',
    language: 'en',
  },
  front2016: {
    corpusId: 's002',
    title: 'Anti-ISIL front to step up fight in Iraq, Syria',
    publishedAt: '2016-07',
    kind: 'news_article',
    language: 'en',
  },
  national2022: {
    corpusId: 's003',
    title: "Anti-ISIS coalition meets on countering extremist group's revival",
    publisher: 'The National',
    publishedAt: '2022-05-11',
    kind: 'news_article',
    language: 'en',
  },
  london2015: {
    corpusId: 's004',
    title: 'Global coalition meets in London to discuss efforts to defeat ISIL',
    publisher: 'Newsroom24',
    publishedAt: '2015-01-23',
    kind: 'news_article',
    language: 'en',
  },
} as const satisfies Record<string, DemoSource>;

export type DemoSourceKey = keyof typeof demoSources;

export interface DemoEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const demoEntities = [
  {
    id: 'global-coalition',
    name: 'Global Coalition to Defeat ISIS',
    aliases: [
      'global coalition against ISIS',
      'anti-ISIL coalition',
      'anti-ISIS coalition',
      'anti-Daesh coalition',
      'D-ISIS Coalition',
      'Defeat ISIS Coalition',
      'Global Coalition to Defeat Daesh/ISIS',
    ],
  },
  { id: 'isis', name: 'ISIS', aliases: ['ISIL', 'Daesh', 'Islamic State', 'Islamic State of Iraq and the Levant', 'Daesh/ISIS'] },
  { id: 'iraq', name: 'Iraq', aliases: ['Republic of Iraq'] },
  { id: 'iraqi-security-forces', name: 'Iraqi Security Forces', aliases: ['ISF'] },
  { id: 'coalition-backed-ground-forces', name: 'Coalition-backed ground forces in Iraq', aliases: [] },
  { id: 'abadi-government', name: 'Government of Haider al-Abadi', aliases: ['Abadi government'] },
  { id: 'oil-price', name: 'Oil price', aliases: ['oil prices'] },
  { id: 'kurdistan-region', name: 'Kurdistan Region', aliases: ['Kurdistan Region of Iraq', 'Iraqi Kurdistan'] },
  { id: 'peshmerga', name: 'Peshmerga', aliases: ['Kurdish Peshmerga'] },
  { id: 'brussels-ministerial-2014', name: 'Coalition ministerial meeting, Brussels, December 2014', aliases: [] },
  { id: 'london-small-group-2015', name: 'Coalition Small Group meeting, London, 22 January 2015', aliases: [] },
  { id: 'washington-ministerial-2016', name: 'Coalition defence and foreign ministers meeting, Washington, 21 July 2016', aliases: [] },
  { id: 'marrakech-ministerial-2022', name: 'Coalition ministerial meeting, Marrakech, 11 May 2022', aliases: [] },
  { id: 'baghdad-bombing-2016', name: 'Suicide bombing in central Baghdad, July 2016', aliases: ['Karrada bombing'] },
  { id: 'hasakeh-prison-attack-2022', name: 'ISIS attack on the Hasakeh prison, January 2022', aliases: ['Hasakeh prison break'] },
] as const satisfies readonly DemoEntity[];

export type DemoEntityId = (typeof demoEntities)[number]['id'];

export interface DemoMetric extends MetricDefinition {
  readonly id: string;
}

/**
 * Counts of people and money are compared exactly unless the figure is a rounded estimate. The
 * figures a newsroom follows over the years declare how long one stays current (membership and
 * the yearly stabilization money: a year; the front line: a quarter); the others are figures of
 * their moment, never stale.
 */
export const demoMetrics = [
  { id: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0, updateIntervalDays: 365 },
  { id: 'stabilization-pledges', unit: 'usd', kind: 'money', cumulative: true, tolerance: 0, updateIntervalDays: 365 },
  { id: 'stabilization-goal', unit: 'usd', kind: 'money', cumulative: false, tolerance: 0, updateIntervalDays: 365 },
  { id: 'iraq-territory-held', unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0, updateIntervalDays: 91 },
  // Attendance at a meeting is not membership: a metric of its own, about the meeting.
  { id: 'meeting-participants', unit: 'participant', kind: 'count', cumulative: false, tolerance: 0 },
  { id: 'airstrikes', unit: 'airstrike', kind: 'count', cumulative: true, tolerance: 0 },
  { id: 'territory-reclaimed', unit: 'km2', kind: 'other', cumulative: true, tolerance: 0 },
  { id: 'new-brigades-goal', unit: 'brigade', kind: 'count', cumulative: false, tolerance: 0 },
  { id: 'months-active', unit: 'month', kind: 'duration', cumulative: true, tolerance: 0 },
  { id: 'days-in-office', unit: 'day', kind: 'duration', cumulative: true, tolerance: 0 },
  { id: 'level-vs-year-earlier', unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0 },
  { id: 'oil-share-of-budget', unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0 },
  { id: 'detained-fighters', unit: 'person', kind: 'count', cumulative: false, tolerance: 0 },
  { id: 'displaced-people-hosted', unit: 'person', kind: 'count', cumulative: false, tolerance: 0.05 },
  { id: 'fighters-killed', unit: 'person', kind: 'count', cumulative: true, tolerance: 0 },
  { id: 'death-toll', unit: 'person', kind: 'count', cumulative: true, tolerance: 0 },
] as const satisfies readonly DemoMetric[];

export type DemoMetricId = (typeof demoMetrics)[number]['id'];
