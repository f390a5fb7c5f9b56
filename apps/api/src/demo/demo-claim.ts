import type { QuantityInput, Quote, ValidTimeInput, Verdict } from '#claims';
import type { DemoEntityId, DemoMetricId, DemoSourceKey } from './demo-catalog.js';

/** One figure as an article states it: the words, their offsets (end exclusive), and what they mean. */
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
  /** A fact-checker's verdict, given when the demo records the claim. */
  readonly review?: { readonly verdict: Verdict; readonly note?: string };
}
