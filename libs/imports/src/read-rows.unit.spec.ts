import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFileError, type ReadRow, readRows } from './read-rows.js';

const read = async (text: string, format: 'csv' | 'ndjson') => {
  const rows: ReadRow[] = [];
  // Small chunks, so that rows and quoted cells cross chunk boundaries as they do in a real upload.
  const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
  for await (const row of readRows(Readable.from(chunks), format)) rows.push(row);
  return rows;
};

const HEADER = 'source_title,source_publisher,source_published_at,subject,metric,amount,qualifier,unit,valid_at,valid_from,valid_to';

describe('reading an import file', () => {
  it('reads CSV rows into claims with their source, numbering lines from the header', async () => {
    const rows = await read(
      [
        HEADER,
        'GDP release,Statistics Office,2024-02-27,germany,gdp,"1,000",exact,EUR bn,2023-Q4,,',
        'GDP release,Statistics Office,2024-02-27,germany,gdp,4121.5,approx,EUR bn,2023,,',
        '"GDP release, revised",Statistics Office,2024-05-24,germany,gdp,4122,,,,2023-01,2023-12',
      ].join('\n'),
      'csv',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ line: 2, errors: [{ line: 2, field: 'amount', message: "'1,000' is not a number" }] });
    expect(rows[1]).toEqual({
      line: 3,
      row: {
        source: { details: { title: 'GDP release', publisher: 'Statistics Office', publishedAt: '2024-02-27' } },
        claim: { subject: 'germany', metric: 'gdp', value: { qualifier: 'approx', amount: 4121.5, unit: 'EUR bn' }, validTime: { at: '2023' } },
        metricDefinition: {},
      },
    });
    expect(rows[2]).toMatchObject({
      line: 4,
      row: {
        source: { details: { title: 'GDP release, revised' } },
        claim: { value: { qualifier: 'exact', amount: 4122 }, validTime: { from: '2023-01', to: '2023-12' } },
      },
    });
  });

  it('numbers a row by the line it ends on, past quoted cells that span lines and blank lines', async () => {
    const rows = await read(
      [
        HEADER,
        '"GDP\nrelease",Statistics Office,2024-02-27,germany,gdp,4121.5,,EUR bn,2023,,',
        '',
        'GDP release,Statistics Office,2024-02-27,germany,gdp,lots,,EUR bn,2023,,',
        'GDP release,Statistics Office,2024-02-27,germany,gdp',
      ].join('\r\n'),
      'csv',
    );
    expect(rows.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(rows[0]).toMatchObject({ row: { source: { details: { title: 'GDP\nrelease' } } } });
    expect(rows[1]).toEqual({ line: 5, errors: [{ line: 5, field: 'amount', message: "'lots' is not a number" }] });
    expect(rows[2]).toEqual({ line: 6, errors: [{ line: 6, field: '(row)', message: '5 cells where the header has 11' }] });
  });

  it('names the line, the field and the rule for each refused cell', async () => {
    const rows = await read(
      [
        'source_id,subject,metric,amount,valid_at,valid_from,quote,metric_cumulative',
        's1,germany,gdp,1,2023-02-29,,,',
        's1,germany,GDP,1,2023,2022,,maybe',
        ',germany,gdp,1,0000,,"the words",',
        's1,germany,gdp,1,2023',
      ].join('\r\n'),
      'csv',
    );
    const errors = rows.map((r) => ('errors' in r ? r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`) : []));
    expect(errors[0]).toEqual(["2 valid_at: '2023-02-29' is not a real day"]);
    expect(errors[1]).toEqual(expect.arrayContaining(["3 metric_cumulative: 'maybe' is not true or false"]));
    expect(errors[2]).toEqual(
      expect.arrayContaining([
        "4 valid_at: '0000' is out of range: years run from 0001 to 9999",
        '4 source_id: give source_id, or the source as source_title, source_publisher and source_published_at',
        '4 quote: a quote needs quote, quote_start and quote_end together',
      ]),
    );
    expect(errors[3]).toEqual(['5 (row): 5 cells where the header has 8']);
  });

  it('refuses a header with a column the format does not have, naming line 1', async () => {
    await expect(read('subject,metric,value\nx,y,1\n', 'csv')).rejects.toBeInstanceOf(ImportFileError);
    await expect(read('subject,metric,value\nx,y,1\n', 'csv')).rejects.toThrow(/line 1, \(header\): unknown column\(s\) value/);
  });

  it('reads NDJSON with the same field names, numbers as numbers, and names bad lines', async () => {
    const rows = await read(
      [
        '{"source_id":"s1","subject":"germany","metric":"gdp","amount":4121.5,"unit":"EUR bn","valid_at":"2023","quote":"4,121.5","quote_start":10,"quote_end":17}',
        '',
        '{"source_id":"s1","subject":"germany","metric":"gdp","amount":"12","valid_at":"2023"}',
        '{"source_id":"s1",',
        '{"source_id":"s1","subject":"germany","metric":"gdp","amount":1,"valid_at":"2023","value":1}',
      ].join('\n'),
      'ndjson',
    );
    expect(rows[0]).toMatchObject({ line: 1, row: { source: { id: 's1' }, claim: { quote: { text: '4,121.5', start: 10, end: 17 } } } });
    expect(rows[1]).toEqual({ line: 3, errors: [{ line: 3, field: 'amount', message: expect.stringContaining('expected number') }] });
    expect(rows[2]).toMatchObject({ line: 4, errors: [{ line: 4, field: '(line)', message: expect.stringContaining('not JSON') }] });
    expect(rows[3]).toMatchObject({ line: 5, errors: [{ line: 5, field: '(row)', message: expect.stringContaining('unknown field(s) value') }] });
  });

  it('refuses a number a double would not keep as written, in CSV and NDJSON alike, and reads other spellings of a number', async () => {
    const csv = await read(
      [
        'source_id,subject,metric,amount,lower,valid_at',
        's1,germany,gdp,9007199254740993,,2023',
        's1,germany,gdp,0.30000000000000001,,2023',
        's1,germany,gdp,,1e-400,2023',
        's1,germany,gdp,+1.5,,2023',
        's1,germany,gdp,.5,,2023',
        's1,germany,gdp,5.,,2023',
      ].join('\n'),
      'csv',
    );
    const refused = (r: ReadRow) => ('errors' in r ? r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`) : []);
    expect(refused(csv[0]!)).toEqual([expect.stringMatching(/^2 amount: 9007199254740993 is beyond ±9007199254740991/)]);
    expect(refused(csv[1]!)).toEqual([expect.stringMatching(/^3 amount: .* it would be stored as 0\.3$/)]);
    expect(refused(csv[2]!)).toEqual([expect.stringMatching(/^4 lower: 1e-400 is too small to keep/)]);
    expect(csv.slice(3).map((r) => ('row' in r ? r.row.claim.value.amount : refused(r)))).toEqual([1.5, 0.5, 5]);

    const ndjson = await read(
      [
        '{"source_id":"s1","subject":"germany","metric":"gdp","amount":9007199254740993,"valid_at":"2023"}',
        '{"record":"claim","id":"x","sourceId":"s1","entityId":"germany","metricId":"gdp","value":{"amount":1e-400,"qualifier":"exact"},"validTime":{"at":"2023"}}',
      ].join('\n'),
      'ndjson',
    );
    expect(refused(ndjson[0]!)).toEqual([expect.stringMatching(/^1 amount: 9007199254740993 is beyond/)]);
    expect(refused(ndjson[1]!)).toEqual([expect.stringMatching(/^2 value\.amount: 1e-400 is too small to keep/)]);
  });
});
