import type { QuantityInput, Quote, ValidTimeInput } from '#claims';
import type { DemoEntityId, DemoMetricId, DemoSourceKey } from './demo-catalog.js';

/**
 * Every figure in the five corpus articles worth tracking, with the few words that state it
 * and their offsets in the article (end exclusive). For the readout (s001) and the London
 * briefing (s004) the values, qualifiers and valid times follow the corpus's hand annotation
 * (dev-gold.jsonl), with its quoted spans trimmed to the words around the figure. Left out:
 * a general's four stars, "four or five people" said in a hypothetical, and "a couple of days
 * ago", which dates a speech rather than states a figure.
 */
export interface DemoClaim {
  /** Names the claim in tests and in the UI's walkthrough. */
  readonly key: string;
  readonly source: DemoSourceKey;
  /** The name the article uses where the entity has it as an alias; else the entity id. */
  readonly subject: string;
  readonly entity: DemoEntityId;
  readonly metric: DemoMetricId;
  readonly value: QuantityInput;
  readonly validTime: ValidTimeInput;
  readonly quote: Quote;
  readonly attribution?: string;
  readonly note?: string;
}

const NBSP = '\u00a0';

export const demoClaims: readonly DemoClaim[] = [
  // The coalition's membership: 60 in January 2015 (stated two ways the same day), 72, 84.
  {
    key: 'members-over-60',
    source: 'london2015',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'member-count',
    value: { amount: 60, qualifier: 'more_than' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'over 60 countries', start: 953, end: 970 },
    attribution: 'John Kerry',
  },
  {
    key: 'members-all-60',
    source: 'london2015',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'member-count',
    value: { amount: 60, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: `all${NBSP}60`, start: 5883, end: 5889 },
    attribution: 'John Kerry',
  },
  {
    key: 'members-full-60',
    source: 'london2015',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'member-count',
    value: { amount: 60, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: `full 60${NBSP}members`, start: 6426, end: 6441 },
    attribution: 'John Kerry',
  },
  {
    key: 'members-72',
    source: 'washington2017',
    subject: 'Global Coalition to Defeat ISIS',
    entity: 'global-coalition',
    metric: 'member-count',
    value: { amount: 72, qualifier: 'exact' },
    validTime: { at: '2017-07' },
    quote: { text: '72-member global coalition', start: 79, end: 105 },
  },
  {
    key: 'members-84',
    source: 'national2022',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'member-count',
    value: { amount: 84, qualifier: 'exact' },
    validTime: { at: '2022-05-11' },
    quote: { text: '84 states and international organisations', start: 2173, end: 2214 },
  },

  // Stabilization money: what was pledged and what the goal was are two facts, not a conflict.
  {
    key: 'pledges-2021',
    source: 'readout2021',
    subject: 'Global Coalition to Defeat Daesh/ISIS',
    entity: 'global-coalition',
    metric: 'stabilization-pledges',
    value: { amount: 600_000_000, qualifier: 'more_than' },
    validTime: { at: '2021' },
    quote: { text: 'pledged more than $600 million', start: 1188, end: 1218 },
  },
  {
    key: 'goal-2021',
    source: 'readout2021',
    subject: 'Global Coalition to Defeat Daesh/ISIS',
    entity: 'global-coalition',
    metric: 'stabilization-goal',
    value: { amount: 670_000_000, qualifier: 'exact' },
    validTime: { at: '2021' },
    quote: { text: '2021 goal of $670 million', start: 1233, end: 1258 },
  },
  {
    key: 'goal-2022',
    source: 'national2022',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'stabilization-goal',
    value: { amount: 700_000_000, qualifier: 'exact' },
    validTime: { at: '2022' },
    quote: { text: 'raise $700 million', start: 1287, end: 1305 },
    attribution: 'Nasser Bourita',
  },

  // ISIS's share of Iraq: a range at its peak, under a tenth in July 2016.
  {
    key: 'territory-peak',
    source: 'front2016',
    subject: 'ISIL',
    entity: 'isis',
    metric: 'iraq-territory-held',
    value: { lowerBound: 30, upperBound: 40, qualifier: 'range' },
    validTime: { at: '2014' },
    quote: { text: 'between 30 percent and 40 percent of Iraqi territory', start: 1776, end: 1828 },
    note: 'at its peak, in 2014',
  },
  {
    key: 'territory-2016',
    source: 'front2016',
    subject: 'ISIL',
    entity: 'isis',
    metric: 'iraq-territory-held',
    value: { amount: 10, qualifier: 'less_than' },
    validTime: { at: '2016-07-21' },
    quote: { text: 'less than 10 percent of Iraqi territory', start: 1458, end: 1497 },
    attribution: 'Khalid al-Obeidi',
  },
  {
    key: 'detained-fighters-2021',
    source: 'readout2021',
    subject: 'ISIS',
    entity: 'isis',
    metric: 'detained-fighters',
    value: { lowerBound: 2000, upperBound: 9999, qualifier: 'vague' },
    validTime: { at: '2021' },
    quote: { text: 'thousands of ISIS fighters detained in northeast Syria', start: 1338, end: 1392 },
    attribution: 'John Godfrey',
    note: 'in northeast Syria',
  },

  // Meetings: who came is attendance, a fact about the meeting.
  {
    key: 'brussels-participants',
    source: 'london2015',
    subject: 'brussels-ministerial-2014',
    entity: 'brussels-ministerial-2014',
    metric: 'meeting-participants',
    value: { amount: 60, qualifier: 'exact' },
    validTime: { at: '2014-12-03' },
    quote: { text: '60 different countries', start: 4852, end: 4874 },
    attribution: 'John Kerry',
    note: 'the article names no date; the Brussels ministerial met on 3 December 2014',
  },
  {
    key: 'london-participants',
    source: 'london2015',
    subject: 'london-small-group-2015',
    entity: 'london-small-group-2015',
    metric: 'meeting-participants',
    value: { amount: 21, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: '21 key members', start: 633, end: 647 },
    attribution: 'John Kerry',
  },
  {
    key: 'washington-participants',
    source: 'front2016',
    subject: 'washington-ministerial-2016',
    entity: 'washington-ministerial-2016',
    metric: 'meeting-participants',
    value: { amount: 40, qualifier: 'approx' },
    validTime: { at: '2016-07-21' },
    quote: { text: 'about 40 nations', start: 781, end: 797 },
  },
  {
    key: 'marrakech-participants',
    source: 'national2022',
    subject: 'marrakech-ministerial-2022',
    entity: 'marrakech-ministerial-2022',
    metric: 'meeting-participants',
    value: { lowerBound: 24, upperBound: 99, qualifier: 'vague' },
    validTime: { at: '2022-05-11' },
    quote: { text: 'dozens of other countries', start: 815, end: 840 },
    note: 'besides the United States and Morocco',
  },

  // The war in January 2015, as the London briefing put it.
  {
    key: 'airstrikes-2015',
    source: 'london2015',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'airstrikes',
    // "Nearly n" is [0.9n, n).
    value: { amount: 2000, lowerBound: 1800, qualifier: 'less_than' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'nearly 2,000 airstrikes', start: 8183, end: 8206 },
    attribution: 'John Kerry',
    note: 'nearly 2,000',
  },
  {
    key: 'territory-reclaimed-2015',
    source: 'london2015',
    subject: 'coalition-backed-ground-forces',
    entity: 'coalition-backed-ground-forces',
    metric: 'territory-reclaimed',
    value: { amount: 700, qualifier: 'more_than' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'more than 700 square kilometers', start: 8227, end: 8258 },
    attribution: 'John Kerry',
  },
  {
    key: 'brigades-goal',
    source: 'london2015',
    subject: 'Iraqi Security Forces',
    entity: 'iraqi-security-forces',
    metric: 'new-brigades-goal',
    value: { amount: 12, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: '12 new Iraqi brigades', start: 8384, end: 8405 },
    attribution: 'John Kerry',
  },
  {
    key: 'coalition-age-2015',
    source: 'london2015',
    subject: 'global coalition against ISIS',
    entity: 'global-coalition',
    metric: 'months-active',
    value: { amount: 5, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'five months of close collaboration', start: 10909, end: 10943 },
    attribution: 'John Kerry',
  },
  {
    key: 'abadi-days',
    source: 'london2015',
    subject: 'Abadi government',
    entity: 'abadi-government',
    metric: 'days-in-office',
    value: { amount: 100, qualifier: 'approx' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'hundred or so days', start: 2599, end: 2617 },
    attribution: 'John Kerry',
  },
  {
    key: 'oil-price-2015',
    source: 'london2015',
    subject: 'oil prices',
    entity: 'oil-price',
    metric: 'level-vs-year-earlier',
    value: { amount: 40, qualifier: 'approx' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'about 40 percent of their level last year', start: 4398, end: 4439 },
    attribution: 'Haider al-Abadi',
  },
  {
    key: 'oil-budget-2015',
    source: 'london2015',
    subject: 'Iraq',
    entity: 'iraq',
    metric: 'oil-share-of-budget',
    value: { amount: 85, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'relies 85 percent on oil', start: 4541, end: 4565 },
    attribution: 'Haider al-Abadi',
  },

  // The human cost.
  {
    key: 'kurdistan-displaced',
    source: 'washington2017',
    subject: 'Kurdistan Region',
    entity: 'kurdistan-region',
    metric: 'displaced-people-hosted',
    value: { amount: 1_800_000, qualifier: 'exact' },
    validTime: { at: '2017-07' },
    quote: { text: '1.8 million refugees and IDPs', start: 2383, end: 2412 },
  },
  {
    key: 'peshmerga-killed',
    source: 'washington2017',
    subject: 'Peshmerga',
    entity: 'peshmerga',
    metric: 'fighters-killed',
    value: { amount: 1700, qualifier: 'more_than' },
    validTime: { at: '2017-07' },
    quote: { text: 'more than 1,700 Peshmerga fighters', start: 2459, end: 2493 },
  },
  {
    key: 'baghdad-dead',
    source: 'front2016',
    subject: 'baghdad-bombing-2016',
    entity: 'baghdad-bombing-2016',
    metric: 'death-toll',
    value: { amount: 292, qualifier: 'at_least' },
    validTime: { at: '2016-07' },
    quote: { text: 'killed at least 292', start: 2029, end: 2048 },
  },
  {
    key: 'hasakeh-dead',
    source: 'national2022',
    subject: 'hasakeh-prison-attack-2022',
    entity: 'hasakeh-prison-attack-2022',
    metric: 'death-toll',
    value: { lowerBound: 200, upperBound: 999, qualifier: 'vague' },
    validTime: { at: '2022-01' },
    quote: { text: 'left hundreds dead', start: 2509, end: 2527 },
  },
];
