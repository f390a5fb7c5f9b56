import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.js';

/** Each figure as [quote, qualifier, amount or [lower, upper], unit]: what the table below reads best as. */
function figures(text: string) {
  return findFigures(text).map(({ quote, value }) => {
    const amount = value.amount ?? [value.lowerBound, value.upperBound];
    return value.unit === undefined ? [quote.text, value.qualifier, amount] : [quote.text, value.qualifier, amount, value.unit];
  });
}

type Row = readonly [string, readonly (readonly unknown[])[]];

// Sentences of the kind news articles write, with every figure a fact-checker could record in them.
const TABLE: Record<string, readonly Row[]> = {
  qualifiers: [
    ['The squad has 30-plus players.', [['30-plus', 'at_least', 30, 'players']]],
    ['More than 150,000 tickets were sold.', [['More than 150,000', 'more_than', 150000, 'tickets']]],
    ['Over 60 countries have signed up.', [['Over 60', 'more_than', 60, 'countries']]],
    ['The firm employs at least 3,000 staff.', [['at least 3,000', 'at_least', 3000, 'staff']]],
    ['Fewer than 20 people turned up.', [['Fewer than 20', 'less_than', 20, 'people']]],
    ['Tickets sold out within 50 minutes.', [['within 50 minutes', 'at_most', 50, 'minutes']]],
    ['The fund could reach up to $120m.', [['up to $120m', 'at_most', 120e6, 'USD']]],
    ['About 40 nations sent ministers.', [['About 40', 'approx', 40, 'nations']]],
    ['Nearly 2,000 airstrikes were carried out.', [['Nearly 2,000', 'approx', 2000, 'airstrikes']]],
    ['Some 300 police were on duty.', [['Some 300', 'approx', 300, 'police']]],
    ['Analysts expect growth of 80% or higher.', [['80% or higher', 'at_least', 80, 'percent']]],
    ['They stayed for a hundred or so days.', [['a hundred or so', 'approx', 100, 'days']]],
    ['No more than 12 players may be named.', [['No more than 12', 'at_most', 12, 'players']]],
    ['Only two dates remain.', [['two', 'exact', 2, 'dates']]],
    [
      'Staff are worried about 5,000 jobs after a row over £5m.',
      [
        ['5,000', 'exact', 5000, 'jobs'],
        ['£5m', 'exact', 5e6, 'GBP'],
      ],
    ],
    ['Inflation was just 0.1% last month.', [['0.1%', 'exact', 0.1, 'percent']]],
    ['Just over 50% of voters backed the plan.', [['Just over 50%', 'more_than', 50, 'percent']]],
    ['Less than half of the members voted.', [['Less than half', 'less_than', 0.5, 'fraction']]],
  ],
  ranges: [
    ['Growth of 2.5%-3% is forecast.', [['2.5%-3%', 'range', [2.5, 3], 'percent']]],
    ['Turnout ranged from 25% to 40%.', [['from 25% to 40%', 'range', [25, 40], 'percent']]],
    ['Prices could rise by as much as 15%.', [['as much as 15%', 'at_most', 15, 'percent']]],
    ['The economy is growing at 3.5 to 4.0%.', [['3.5 to 4.0%', 'range', [3.5, 4], 'percent']]],
    ['Tickets cost between 59.50 and 80 euro each.', [['between 59.50 and 80 euro', 'range', [59.5, 80], 'EUR']]],
    ['The group held between 30 and 40% of the country.', [['between 30 and 40%', 'range', [30, 40], 'percent']]],
    ['Prices rose by 20-30% in a year.', [['20-30%', 'range', [20, 30], 'percent']]],
    ['The project will cost $5m to $10m.', [['$5m to $10m', 'range', [5e6, 10e6], 'USD']]],
    ['Seats are priced ranging from £30 to £75.', [['from £30 to £75', 'range', [30, 75], 'GBP']]],
    ['Bus fares rose 10-20p.', [['10-20p', 'range', [0.1, 0.2], 'GBP']]],
    ['Each site needs 5 to 10 million litres.', [['5 to 10 million litres', 'range', [5e6, 10e6], 'litres']]],
    ['Two or three officials were present.', [['Two or three', 'range', [2, 3], 'officials']]],
    ['The talks last three to four days.', [['three to four days', 'range', [3, 4], 'days']]],
  ],
  changes: [
    [
      'Shares fell 12p to 560p.',
      [
        ['12p', 'exact', 0.12, 'GBP'],
        ['560p', 'exact', 5.6, 'GBP'],
      ],
    ],
    [
      'Unemployment rose from 5.1% to 5.4%.',
      [
        ['5.1%', 'exact', 5.1, 'percent'],
        ['5.4%', 'exact', 5.4, 'percent'],
      ],
    ],
    [
      'Profits increased by 11% to £2.3bn.',
      [
        ['11%', 'exact', 11, 'percent'],
        ['£2.3bn', 'exact', 2.3e9, 'GBP'],
      ],
    ],
    ['Sales slipped 0.5% in the year.', [['0.5%', 'exact', 0.5, 'percent']]],
    [
      'Unemployment fell by 19,000 to 1.42 million.',
      [
        ['19,000', 'exact', 19000],
        ['1.42 million', 'exact', 1.42e6],
      ],
    ],
    [
      'The FTSE 100 rose 20 points to 4,800.',
      [
        ['20', 'exact', 20, 'points'],
        ['4,800', 'exact', 4800, 'points'],
      ],
    ],
  ],
  money: [
    ['China spent $45bn on the banks.', [['$45bn', 'exact', 45e9, 'USD']]],
    [
      'Sales reached $33.6 billion (£17.7 billion).',
      [
        ['$33.6 billion', 'exact', 33.6e9, 'USD'],
        ['£17.7 billion', 'exact', 17.7e9, 'GBP'],
      ],
    ],
    ['The club paid €30m for the striker.', [['€30m', 'exact', 30e6, 'EUR']]],
    ['The bank lost 5bn yuan last year.', [['5bn yuan', 'exact', 5e9, 'CNY']]],
    ['A litre of petrol costs 85p.', [['85p', 'exact', 0.85, 'GBP']]],
    ['The deal is worth 2 billion dollars.', [['2 billion dollars', 'exact', 2e9, 'USD']]],
    ['The charity raised £250,000.', [['£250,000', 'exact', 250000, 'GBP']]],
    ['The airline made a profit of A$1.2bn.', [['A$1.2bn', 'exact', 1.2e9, 'AUD']]],
    ['The rebate is worth 30 cents a litre.', [['30 cents', 'exact', 0.3, 'USD']]],
  ],
  conversions: [
    [
      'It went on sale on 12 December at 19,800 yen ($190).',
      [
        ['19,800 yen', 'exact', 19800, 'JPY'],
        ['$190', 'exact', 190, 'USD'],
      ],
    ],
    [
      'Around one quarter (24%) said no.',
      [
        ['Around one quarter', 'approx', 0.25, 'fraction'],
        ['24%', 'exact', 24, 'percent'],
      ],
    ],
    [
      'The road runs for almost 50 miles (80km).',
      [
        ['almost 50 miles', 'approx', 50, 'miles'],
        ['80km', 'approx', 80, 'km'],
      ],
    ],
    [
      'It may reach up to $120m (£64m).',
      [
        ['up to $120m', 'at_most', 120e6, 'USD'],
        ['£64m', 'at_most', 64e6, 'GBP'],
      ],
    ],
    [
      'The firm was sold for £75m ($141m).',
      [
        ['£75m', 'exact', 75e6, 'GBP'],
        ['$141m', 'exact', 141e6, 'USD'],
      ],
    ],
    [
      'Investors lost more than €1bn ($1.3bn).',
      [
        ['more than €1bn', 'more_than', 1e9, 'EUR'],
        ['$1.3bn', 'more_than', 1.3e9, 'USD'],
      ],
    ],
  ],
  percentages: [
    ['Labour has a 10 percentage-point lead.', [['10 percentage-point', 'exact', 10, 'percentage points']]],
    ['Output rose 0.3% in November.', [['0.3%', 'exact', 0.3, 'percent']]],
    ['About 40 percent of the budget goes on oil.', [['About 40 percent', 'approx', 40, 'percent']]],
    ['Turnout was 61.4 per cent.', [['61.4 per cent', 'exact', 61.4, 'percent']]],
    ['Rates went up by 0.25 percentage points.', [['0.25 percentage points', 'exact', 0.25, 'percentage points']]],
    ['Sales were up 5pc on the year.', [['5pc', 'exact', 5, 'percent']]],
  ],
  'words and fractions': [
    ['Two officials were arrested.', [['Two', 'exact', 2, 'officials']]],
    ['We could have sold a million tickets.', [['a million', 'exact', 1e6, 'tickets']]],
    ['One in five loans is not being repaid.', [['One in five', 'exact', 0.2, 'fraction']]],
    [
      'Windows runs on nine out of 10 computers and 1 in 4 phones.',
      [
        ['nine out of 10', 'exact', 0.9, 'fraction'],
        ['1 in 4', 'exact', 0.25, 'fraction'],
      ],
    ],
    ['The bomb killed 292 in one of the worst attacks.', [['292', 'exact', 292]]],
    ['Almost two-thirds of people oppose it.', [['Almost two-thirds', 'approx', 2 / 3, 'fraction']]],
    ['Around one quarter said they did not know.', [['Around one quarter', 'approx', 0.25, 'fraction']]],
    ['A third of voters are undecided.', [['A third', 'exact', 1 / 3, 'fraction']]],
    ['Sales rose more than tenfold.', [['more than tenfold', 'more_than', 10, 'multiple']]],
    ['Downloads more than doubled last year.', [['more than doubled', 'more_than', 2, 'multiple']]],
    ['Prices are three times higher than in 2003.', [['three times', 'exact', 3, 'multiple']]],
    ['It was one of eight albums to sell well.', [['eight', 'exact', 8, 'albums']]],
    ['Almost 1.6 million copies were sold.', [['Almost 1.6 million', 'approx', 1.6e6, 'copies']]],
    ['More than five million copies were sold.', [['More than five million', 'more_than', 5e6, 'copies']]],
  ],
  'counted nouns': [
    ['He is a United States Marine Corps four-star general.', [['four', 'exact', 4, 'star']]],
    [
      'He has five children and 12 grandchildren.',
      [
        ['five', 'exact', 5, 'children'],
        ['12', 'exact', 12, 'grandchildren'],
      ],
    ],
    ['The single reached No.1 in 15 countries.', [['15', 'exact', 15, 'countries']]],
    [
      "Two of the eurozone's 12 members broke the rules.",
      [
        ['Two', 'exact', 2, 'members'],
        ['12', 'exact', 12, 'members'],
      ],
    ],
    ['The tour covers 13 US cities.', [['13', 'exact', 13, 'cities']]],
    ['Iraq will form 12 new Iraqi brigades.', [['12', 'exact', 12, 'brigades']]],
    ['Mori questioned 2,234 adults for the survey.', [['2,234', 'exact', 2234, 'adults']]],
    ['Each Briton buys 3.2 CDs per person per year.', [['3.2', 'exact', 3.2, 'CDs per person per year']]],
    ['The 72-member coalition will meet.', [['72', 'exact', 72, 'member']]],
    ['Two problems persist: debt and fraud.', [['Two', 'exact', 2, 'problems']]],
    ['The force will hire 1,000 more police officers.', [['1,000', 'exact', 1000, 'officers']]],
    [
      'Labour won 356 seats, a majority of 66.',
      [
        ['356', 'exact', 356, 'seats'],
        ['66', 'exact', 66, 'seats'],
      ],
    ],
    ['US jobs growth averaged 178,000 in the quarter.', [['178,000', 'exact', 178000, 'jobs']]],
    ['Mr Brown, 54, has been chancellor since 1997.', [['54', 'exact', 54, 'years']]],
    ['The central bank cut rates by 25 basis points.', [['25', 'exact', 25, 'points']]],
    [
      'Labour won 413 of the 659 seats.',
      [
        ['413', 'exact', 413, 'seats'],
        ['659', 'exact', 659, 'seats'],
      ],
    ],
    [
      'They have lost three of their last four matches.',
      [
        ['three', 'exact', 3, 'matches'],
        ['four', 'exact', 4, 'matches'],
      ],
    ],
  ],
  vague: [
    [
      'A few hundred people and several thousand troops came.',
      [
        ['A few hundred', 'vague', [200, 999], 'people'],
        ['several thousand', 'vague', [2000, 9999], 'troops'],
      ],
    ],
    [
      'Hundreds were left dead and millions go hungry.',
      [
        ['Hundreds', 'vague', [200, 999]],
        ['millions', 'vague', [2e6, 999999999]],
      ],
    ],
    ['Thousands and thousands of fans were disappointed.', [['Thousands and thousands', 'vague', [2000, 999999], 'fans']]],
    ['Dozens of other countries joined.', [['Dozens', 'vague', [24, 99], 'countries']]],
    ['Tens of thousands of people marched.', [['Tens of thousands', 'vague', [20000, 99999], 'people']]],
    ['The scheme cost millions of pounds.', [['millions', 'vague', [2e6, 999999999], 'GBP']]],
  ],
  durations: [
    ['He was jailed for 12 years.', [['12 years', 'exact', 12, 'years']]],
    ['Support has fallen over the past six years.', [['six years', 'exact', 6, 'years']]],
    ['The band plays for three days.', [['three days', 'exact', 3, 'days']]],
    ['He signed a three-year contract.', [['three-year', 'exact', 3, 'years']]],
    ['Growth averaged 3.7% in the three months between July and September.', [['3.7%', 'exact', 3.7, 'percent']]],
    ['Sales fell in the first two months of 2005.', []],
  ],
  'not figures': [
    ['The G7 met in 2004 at 8am.', []],
    ['Rock band U2 played on 24 June.', []],
    ['The Dublin dates on June 24 and 25 are sold out.', []],
    ['Airbus delivered its first A321 in the third quarter.', []],
    ['Chelsea won 3-1 on Saturday.', []],
    ['United secured a 2-0 win over City.', []],
    ['The 2004-05 season was his best.', []],
    ['The FTSE 100 index closed at 2000 GMT.', []],
    ['He watched BBC One and Channel 4.', []],
    ['China\u2019s big four banks dominate lending.', []],
    ['It was the second best result since the 1990s.', []],
    ['Many people said most of the pair agreed for a year.', []],
    ['No one doubted that it was one of the best.', []],
    ['The talks resume in October.', []],
    ['The talks resume in October, 2005 at noon.', []],
    ['The law came into force in 1999 and was reviewed in 2003.', []],
    ['Support is at 24/7 levels of 9/11 memory.', []],
    ['Arsenal beat Chelsea 2-1 and Henry scored his 25th goal in the 89th minute.', []],
    ['The side played a 4-4-2 formation and won 6-4 6-3.', []],
    ['The Xbox 360 goes on sale in the UK, with Windows 98 and Formula One.', []],
    ['The 2005 Brit Awards and the 2012 Olympics were launched at No 10.', []],
    ['The figures cover the years between 2001 and 2004.', []],
    ['He won a third term as the markets opened at 5.30pm and closed at 10:30.', []],
    ['France broke the limit for a third year running.', []],
    ['Profits rose in the first half of 2003.', []],
    ['Call 0800 555 111 for details of (1) the plan and (2) the vote.', []],
    ["George Clooney starred in Ocean's Twelve and World War Two dramas.", []],
    ['Ministers met at 10 Downing Street before the 50 Cent concert.', []],
    ['The software, version 2.0, went on sale at Terminal 5.', []],
    ['Demand for 3G handsets and 4x4 cars grew.', []],
    ['Exam scores rose as Arsenal scores again.', []],
  ],
  'measures and races': [
    ['Forces have reclaimed more than 700 square kilometers.', [['more than 700 square kilometers', 'more_than', 700, 'square kilometers']]],
    [
      'The new iPod holds 40GB and runs at 2.8GHz.',
      [
        ['40GB', 'exact', 40, 'GB'],
        ['2.8GHz', 'exact', 2.8, 'GHz'],
      ],
    ],
    [
      'She won the 100m final in 10.93 seconds.',
      [
        ['100m', 'exact', 100, 'metres'],
        ['10.93 seconds', 'exact', 10.93, 'seconds'],
      ],
    ],
    ['The deal gives the channel 100m viewers.', [['100m', 'exact', 1e8, 'viewers']]],
    [
      'Holmes won 800m and 1500m gold and will run the 1,000m at the Grand Prix.',
      [
        ['800m', 'exact', 800, 'metres'],
        ['1500m', 'exact', 1500, 'metres'],
        ['1,000m', 'exact', 1000, 'metres'],
      ],
    ],
  ],
};

describe('findFigures', () => {
  for (const [group, rows] of Object.entries(TABLE)) {
    describe(group, () => {
      it.each(rows)('%s', (sentence, expected) => {
        const found = figures(sentence);
        expect(found.map((f) => f.slice(0, 2))).toEqual(expected.map((f) => f.slice(0, 2)));
        for (const [i, f] of expected.entries()) {
          const [, , amount, unit] = found[i]!;
          if (Array.isArray(f[2])) expect(amount).toEqual(f[2]);
          else expect(amount).toBeCloseTo(f[2] as number, 9);
          expect(unit).toBe(f[3]);
        }
      });
    });
  }

  it('has a row for every kind of expression it is meant to read', () => {
    expect(Object.values(TABLE).flat().length).toBeGreaterThanOrEqual(60);
  });

  it('gives offsets into the text itself, as JavaScript indexes it', () => {
    const text = 'Caf\u00e9 owners \ud83d\ude00 said 2,000 jobs went \u2014 about 5% of the total.';
    for (const c of findFigures(text)) expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
    expect(findFigures(text).map((c) => c.quote.text)).toEqual(['2,000', 'about 5%']);
  });

  it('reads the kind of each figure', () => {
    const kinds = findFigures('Tickets priced at 80 euro each sold out in 50 minutes; 3.2 CDs per person; £5m; 40%; 13 cities; a 38-year-old man.').map((c) => [
      c.quote.text,
      c.kind,
    ]);
    expect(kinds).toEqual([
      ['80 euro', 'price'],
      ['50 minutes', 'duration'],
      ['3.2', 'ratio'],
      ['£5m', 'money'],
      ['40%', 'percent'],
      ['13', 'count'],
      ['38-year-old', 'other'],
    ]);
  });

  it('suggests the date of the sentence as valid time, and the nearest name as subject', () => {
    const [pledge, goal] = findFigures('In 2021, the Global Coalition pledged more than $600 million. Its goal for October 2022 was $700 million.', {
      publishedAt: '2022-11-02',
    });
    expect(pledge).toMatchObject({ validTime: { at: '2021' }, subjectHint: 'Global Coalition' });
    expect(goal).toMatchObject({ validTime: { at: '2022-10' } });
  });

  it('reads a number after a date and a comma as a count, not a year', () => {
    const found = findFigures('In October, 40 people came. On 5 December, 12 people died.', { publishedAt: '2005-01-10' });
    expect(found.map((c) => [c.quote.text, c.validTime])).toEqual([
      ['40', { at: '2004-10' }],
      ['12', { at: '2004-12-05' }],
    ]);
  });

  it('dates a figure by "last year" against the publication date', () => {
    expect(findFigures('Sales rose 3% last year.', { publishedAt: '2005-01-10' })[0]?.validTime).toEqual({ at: '2004' });
  });

  it('gives a vague headline figure the unit of the first figure of its size in the body', () => {
    const text = 'Millions go missing at bank\n\nUp to $120m has gone missing, and thousands of staff face questions.';
    expect(findFigures(text).map((c) => [c.quote.text, c.value.unit, c.kind])).toEqual([
      ['Millions', 'USD', 'money'],
      ['Up to $120m', 'USD', 'money'],
      ['thousands', 'staff', 'count'],
    ]);
  });

  it('answers nothing for a text without figures, or an empty one', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('Ministers met again and agreed to meet again.')).toEqual([]);
  });
});
