// A typed client of factlog: openapi-fetch over the types generated from the OpenAPI document
// (apps/web/src/api/openapi.ts). Query parameters, answers and event payloads are all typed.
import createClient from 'openapi-fetch';
import type { paths } from '../apps/web/src/api/openapi.js';

const factlog = createClient<paths>({
  baseUrl: process.env.FACTLOG_URL ?? 'http://localhost:3000',
  headers: { authorization: `Bearer ${process.env.FACTLOG_KEY}` },
});

// Every fact flagged contradicted, a page at a time: `next` is the cursor of the page after.
let cursor: string | undefined;
do {
  const { data, error } = await factlog.GET('/v1/facts', { params: { query: { flag: 'contradicted', limit: 50, cursor } } });
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail ?? ''}`);
  for (const fact of data.items) console.log(fact.subject, fact.metric, fact.current?.value.amount, fact.flags.join(' '));
  cursor = data.next ?? undefined;
} while (cursor);

// The change feed from the start: each event's data is typed by its type.
let after: string | undefined;
for (let polls = 0; polls < 3; polls++) {
  const { data, error } = await factlog.GET('/v1/events', { params: { query: { limit: 100, cursor: after } } });
  if (error) throw new Error(`${error.status} ${error.title}`);
  for (const event of data.items) {
    if (event.type === 'ClaimRecorded') console.log(event.position, 'claim', event.data.claimId, event.data.value.amount);
    else console.log(event.position, event.type);
  }
  after = data.next;
}
