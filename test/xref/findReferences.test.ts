import { findReferences } from '../../src/core/xref/findReferences';
import { bareReferences } from '../../src/core/xref/bareReferences';
import { assessGrid } from '../../src/core/plan/assess';

const refs = (text: string) => findReferences(text).refs.map((r) => `${r.scheme} ${r.ref}`);

describe('SIIP references', () => {
  test.each([
    ['Examine use of thresholds in achieving integrated delivery of Early Help LINK TO SIIP 1.9', ['SIIP 1.9']],
    ['Multi-agency chronology to be promoted and audited by CSCB LINK TO SIIP 1.1.2  Task and Finish Group: October 2014', ['SIIP 1.1.2']],
    ['Protocol agreed between Boards and links continued to reduce duplication and plug gaps.  LINK TO SIIP 2.1 & 2.2', ['SIIP 2.1', 'SIIP 2.2']],
    // the seed's own typo: "&.1.1" continues 7.1 → 7.1.1 (the SIIP register has 7.1.1)
    ['Ofsted Preparation LINK TO SIIP 7.1, &.1.1, ', ['SIIP 7.1', 'SIIP 7.1.1']],
    ['LINK TO SIIP 4.1.2 ', ['SIIP 4.1.2']],
    ['SIIP: 3.2, 3.4 and 3.5', ['SIIP 3.2', 'SIIP 3.4', 'SIIP 3.5']],
    ['siip action 1.2', ['SIIP 1.2']],
    ['Single Integrated Improvement Plan 5.1', ['SIIP 5.1']],
  ])('%j → %j', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  test('a mention is not a link', () => {
    const r = findReferences('Complete actions within Improvement Board’s Single Integrated Imp’t Plan (SIIP)');
    expect(r.refs).toEqual([]);
    expect(r.mentions).toEqual(['SIIP']);
  });

  test('"Identify SIIP actions" is a mention', () => {
    expect(findReferences('Identify SIIP actions within each sub group work plan').refs).toEqual([]);
  });
});

describe('other schemes', () => {
  test.each([
    ['WT CYPP 2.1', ['CYPP 2.1']],
    ['PSA: 13 Indicator 4 - Preventable child deaths CYPP 2.1', ['CYPP 2.1', 'PSA 13']],
    ['PSA; 13, Indicator 2 - Initial assessment within 7 days', ['PSA 13']],
    ['Ofsted para 45', ['Ofsted 45']],
    ['NI 59', ['NI 59']],
    ['CYPP outcome 2', ['CYPP 2']], // the plan's own word for its items
    ['CYPP outcomes 2 and 4', ['CYPP 2', 'CYPP 4']],
    ['SIIP target 3.1', ['SIIP 3.1']],
    // an inspection framework named between the scheme and its number
    ['Ofsted ILACS rec 5', ['Ofsted 5']],
    ['Ofsted SIF recommendation 3', ['Ofsted 3']],
    ['Ofsted ILACS inspection', []], // a mention: no number
    ['Ofsted JTAI 2014', []], // a year, not a recommendation
  ])('%j → %j', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  test('"the outcome of SIIP" names the plan, cites nothing', () => {
    expect(findReferences('the outcome of SIIP').refs).toEqual([]);
    expect(findReferences('the outcome of SIIP').mentions).toEqual(['SIIP']);
  });

  test.each(['CYPP 2009/2012', 'CYPP 2009-2012', 'SIIP (2014/15)', 'CYPP - 2015'])('a plan period is a mention, not a reference: %j', (text) => {
    expect(findReferences(text).refs).toEqual([]);
    expect(findReferences(text).mentions).toHaveLength(1);
  });

  test.each(['SIIP-related work', 'SIIP (see 1.2)'])('a scheme named before other words is a mention: %j', (text) => {
    expect(findReferences(text).refs).toEqual([]);
  });

  test('short acronyms are case-sensitive ("psa" in a word is not PSA)', () => {
    expect(refs('the lapsa 12 ni 4')).toEqual([]);
  });
});

describe('SIIP references as other boards write them (issue 11)', () => {
  test.each([
    ['SIIP actions 1.2 and 1.3', ['SIIP 1.2', 'SIIP 1.3']],
    ['SIIP1.4', ['SIIP 1.4']],
    ['Audit of front door (SIIP 4.1.2)', ['SIIP 4.1.2']],
    ['Links: SIIP 2.1, 2.3', ['SIIP 2.1', 'SIIP 2.3']],
    ['SIIP 5.1 / CYPP 2.3', ['SIIP 5.1', 'CYPP 2.3']],
    ['SIIP 1.1.12 by Dec 14', ['SIIP 1.1.12']],
    ['SIIP refs: 3.1; 3.4', ['SIIP 3.1', 'SIIP 3.4']],
    ['SIIP priority 6.10', ['SIIP 6.10']],
    // ranges of siblings are every reference they cover
    ['SIIP: 1.1-1.3', ['SIIP 1.1', 'SIIP 1.2', 'SIIP 1.3']],
    ['SIIP 2.1 to 2.4', ['SIIP 2.1', 'SIIP 2.2', 'SIIP 2.3', 'SIIP 2.4']],
    ['SIIP 3.1–3.3, 4.2', ['SIIP 3.1', 'SIIP 3.2', 'SIIP 3.3', 'SIIP 4.2']],
    ['SIIP 1-3', ['SIIP 1', 'SIIP 2', 'SIIP 3']],
    // the action within a priority is the reference
    ['SIIP Priority 2 Action 2.3', ['SIIP 2.3']],
    ['SIIP priority 4, action 4.1.2', ['SIIP 4.1.2']],
    ['SIIP Obj 3 action 3.2', ['SIIP 3.2']],
    ['SIIP obj. 2', ['SIIP 2']],
    // the plural names the same scheme
    ['SIIPs 1.2 and 1.3', ['SIIP 1.2', 'SIIP 1.3']],
    // the number in brackets, or after a dash
    ['SIIP (1.2)', ['SIIP 1.2']],
    ['SIIP-1.4', ['SIIP 1.4']],
    ['S.I.I.P. 1.2', ['SIIP 1.2']], // the initials with stops
    ['S.I.I.P 3.1', ['SIIP 3.1']],
    ['SIIP – 2.1 and 2.2', ['SIIP 2.1', 'SIIP 2.2']],
  ])('%j → %j', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });
});

describe('ranges and precise references: negative cases, by reason', () => {
  test.each([
    // not siblings: the ends as written
    ['SIIP 1.1-2.4', ['SIIP 1.1', 'SIIP 2.4']],
    // an end of another depth is not a reference (a date, a count)
    ['SIIP 1.1 - 12 Dec 14', ['SIIP 1.1']],
    // too long to be a range of actions
    ['SIIP 1.1-1.40', ['SIIP 1.1', 'SIIP 1.40']],
    // a dash before words is not a range
    ['SIIP 1.1 - Early help', ['SIIP 1.1']],
    // a number that does not extend the one read is another thing
    ['SIIP 2 action 3.1', ['SIIP 2']],
  ])('%j → %j', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });
});

describe('bare numbers in a "SIIP ref" column', () => {
  test.each([
    ['1.1', ['1.1']],
    ['1.10', ['1.10']], // displayed text: 1.10 is not 1.1
    ['4.1.1, 4.1.2', ['4.1.1', '4.1.2']],
    ['1.2 & 1.3', ['1.2', '1.3']],
    ['2.1 and 2.3', ['2.1', '2.3']],
    ['3', ['3']],
    ['1.1-1.3', ['1.1', '1.2', '1.3']], // a range of siblings
    ['2.1 to 2.4', ['2.1', '2.2', '2.3', '2.4']],
    ['1.1, 1.3-1.4', ['1.1', '1.3', '1.4']],
  ])('%j → %j', (text, expected) => {
    expect(bareReferences(text, 'SIIP').refs.map((r) => r.ref)).toEqual(expected);
  });

  test.each(['', 'n/a', 'All', 'See above', 'TBC', '1.1 and the CSE plan', '-', '1.1-', '1.1 to all'])('%j cites nothing', (text) => {
    expect(bareReferences(text, 'SIIP').refs).toEqual([]);
  });
});

describe("a section title's SIIP references: every action under it serves them", () => {
  const plan = (section: string) =>
    assessGrid(
      {
        values: [
          ['Business Plan 2015-16', null, null, null, null],
          [section, null, null, null, null],
          ['Ref', 'Actions', 'Lead', 'Target date', 'Progress'],
          ['P1.1', 'Roll out the neglect toolkit', 'Neglect sub-group', 'September 2015', 'Launched'],
          ['P1.2', 'Audit neglect cases (SIIP 2.4)', 'QA sub-group', 'March 2016', 'Planned for February'],
          ['Priority 2: Child sexual exploitation', null, null, null, null],
          ['P2.1', 'Produce a CSE problem profile', 'Police', 'November 2015', 'Delayed'],
        ],
      },
      { asOf: '2016-01-15' },
    ).rows.map((r) => [r.ref, r.siip, r.objectiveSiip]);
  test('"Priority 1: Tackling neglect (links to SIIP 2.1, 2.4)": its actions, after their own', () =>
    expect(plan('Priority 1: Tackling neglect (links to SIIP 2.1, 2.4)')).toEqual([
      ['P1.1', [], ['2.1', '2.4']],
      ['P1.2', ['2.4'], ['2.1', '2.4']],
      // (the next section cites none)
      ['P2.1', [], []],
    ]));
  test('a section citing none gives none', () =>
    expect(plan('Priority 1: Tackling neglect')).toEqual([
      ['P1.1', [], []],
      ['P1.2', ['2.4'], []],
      ['P2.1', [], []],
    ]));
});
