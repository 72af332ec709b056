import { assessGrid } from '../../src/core/plan/assess';
import { readLayout } from '../../src/core/layout/readLayout';
import { matchHeader } from '../../src/core/layout/matchHeader';
import type { Grid } from '../../src/core/grid';

describe('header synonyms', () => {
  test.each([
    ['No', 'ref'],
    ['No.', 'ref'],
    ['Ref', 'ref'],
    ['Item', 'ref'],
    ['Objective', 'objective'],
    ['Objectives', 'objective'],
    ['Recommendation', 'objective'],
    ['Priority', 'objective'],
    ['What do we want to achieve?', 'objective'],
    ['Action', 'action'],
    ['Key Actions', 'action'],
    ['Specific Actions', 'action'],
    ['What will it do', 'action'],
    ['Timescale', 'timescale'],
    ['By when', 'timescale'],
    ['Deadline', 'timescale'],
    ['Date', 'timescale'],
    ['When', 'timescale'],
    ['Target date', 'timescale'],
    ['Planned completion date', 'timescale'],
    ['Reporting', 'lead'],
    ['Lead', 'lead'],
    ['Owner', 'lead'],
    ['Responsible', 'lead'],
    ['Responsibility', 'lead'],
    ['By whom', 'lead'],
    ['Who will lead', 'lead'],
    ['Outcome', 'outcome'],
    ['Expected outcome', 'outcome'],
    ['Success measure', 'outcome'],
    ['Status', 'status'],
    ['Progress', 'status'],
    ['Update', 'status'],
    ['Comments', 'status'],
    ['Status, evidence & sign off/follow up', 'status'],
    ['Status ', 'status'],
    ['RAG', 'rag'],
    ['R/A/G', 'rag'],
    ['RAG rating', 'rag'],
    ['Current status', 'rag'],
    ['Link', 'link'],
    ['Target Date for Completion', 'timescale'],
    ['Action owner', 'lead'],
    ['Outcome measures', 'outcome'],
    ['Lead Officer/Agency', 'lead'],
    ['RAG Status (R/A/G)', 'rag'],
    ['Progress / Update (include evidence)', 'status'],
    ['Action No.', 'ref'],
    // question headers
    ['What are we going to do?', 'action'],
    ['What needs to be done?', 'action'],
    ['What will be done?', 'action'],
    ['Who will do it?', 'lead'],
    ['Who is leading?', 'lead'],
    ['When will this be done?', 'timescale'],
    ['How will we know we have succeeded?', 'outcome'],
    ['Where are we now?', 'status'],
    ['What has been done?', 'status'],
    // one RAG column per period, named for the period first
    ['Q1 RAG', 'rag'],
    ['Sept 2016 RAG', 'rag'],
    ['Quarter 2 rating', 'rag'],
    ['RAG Q3', 'rag'],
    // an audit follow-up tracker's column for what the follow-up found
    ['Follow-up Status', 'status'],
    ['Follow up comments', 'status'],
    ['IA Follow-up Comment', 'status'],
    // a scrutiny or audit response's action
    ['PROPOSED ACTION', 'action'],
    ['Recommended actions', 'action'],
    // a RAG named for whose rating it is, beside its parts' own columns
    ['Trust RAG', 'rag'],
    ['Partnership RAG', 'rag'],
    ['Provider RAG', 'rag'], // the same bodies as "Provider Status"
    ['Force Status', 'status'],
    // a timescale written with a slash, as a plan pasted from Word heads it
    ['By/When', 'timescale'],
  ])('%j → %s', (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });

  test.each(['The CSCB has a clear understanding of early help arrangements', 'Date raised by', 'Nothing', '1.1', '', 'Follow up'])(
    '%j is not a header',
    (text) => {
      expect(matchHeader(text)).toBeNull();
    },
  );
});

const plan = (rows: (string | number | null)[][], extra: Partial<Grid> = {}): Grid => ({ values: rows, ...extra });

describe('layout reader', () => {
  test('a two-row header: "Progress" merged over "Q1 | Q2 | Q3" gives one update column per quarter, the newest filled one read', () => {
    const g = plan(
      [
        ['Ref', 'Action', 'Lead', 'Target date', 'Progress', null, null, 'RAG'],
        [null, null, null, null, 'Q1 (Apr-Jun)', 'Q2 (Jul-Sep)', 'Q3 (Oct-Dec)', null],
        ['1.1', 'Launch the neglect strategy', 'Neglect sub-group', 'Sept 2017', 'Consultation done', 'Launched 12 Sept', null, 'Green'],
        ['1.2', 'Audit neglect cases', 'QA sub-group', 'Dec 2017', 'Planned', null, null, 'Amber'],
      ],
      { merges: [{ top: 0, left: 4, bottom: 0, right: 6 }] },
    );
    const l = readLayout(g);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2']);
    expect(l.blocks[0].updates?.map((u) => u.header)).toEqual(['Progress Q1 (Apr-Jun)', 'Progress Q2 (Jul-Sep)', 'Progress Q3 (Oct-Dec)']);
    expect(l.rows.map((r) => r.cells.status?.text)).toEqual(['Launched 12 Sept', 'Planned']);
  });

  test('"RAG 2020/21" merged over "Q1 | Q2 | Q3 | Q4": one rating column per quarter, the newest filled one read', () => {
    const g = plan(
      [
        ['Ref', 'Action', 'Lead', 'Timescale', 'Q3 progress update', 'RAG 2020/21', null, null, null],
        [null, null, null, null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
        ['1.1', 'Launch the activity campaign', 'Public health', 'March 2021', 'Campaign live.', 'A', 'A', 'G', null],
        ['1.2', 'Refresh the carers strategy', 'Adult services', 'March 2021', 'Paused by COVID-19.', null, 'G', 'R', null],
      ],
      { merges: [{ top: 0, left: 5, bottom: 0, right: 8 }] },
    );
    const l = readLayout(g);
    expect(l.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['RAG 2020/21 Q1', 'RAG 2020/21 Q2', 'RAG 2020/21 Q3', 'RAG 2020/21 Q4']);
    expect(l.rows.map((r) => r.cells.rag?.text)).toEqual(['G', 'R']);
  });

  test('"Monthly RAG" merged over "Apr | May | Jun | Jul": the table is found (not a title merged across it), one rating column a month, the newest filled one read', () => {
    const g = plan(
      [
        ['Ref', 'Action', 'Lead', 'Target', 'Progress (July)', 'Monthly RAG', null, null, null],
        [null, null, null, null, null, 'Apr', 'May', 'Jun', 'Jul'],
        ['1a', 'Refresher for all officers', 'SPOs', 'Sept-Dec 24', '1st cohort booked', null, null, 'G', 'G'],
        ['3b', 'Recruit the CRS lead', 'Head of PDU', 'July 2024', 'Will not make July', 'A', 'A', 'R', null],
      ],
      { merges: [{ top: 0, left: 5, bottom: 0, right: 8 }] },
    );
    const l = readLayout(g);
    expect(l.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['Monthly RAG Apr', 'Monthly RAG May', 'Monthly RAG Jun', 'Monthly RAG Jul']);
    expect(l.rows.map((r) => [r.cells.ref?.text, r.cells.rag?.text])).toEqual([
      ['1a', 'G'],
      ['3b', 'R'],
    ]);
  });

  test('"2019/20 RAG" written over "Apr–Jun | Jul–Sep | Oct–Dec | Jan–Mar", the cells beside it blank (not merged), the quarters coloured with no text: the latest coloured quarter is the RAG', () => {
    const g: Grid = {
      values: [
        ['Ref', 'What we will do', 'Lead', 'When', '2019/20 RAG', null, null, null, 'Commentary'],
        [null, null, null, null, 'Apr–Jun', 'Jul–Sep', 'Oct–Dec', 'Jan–Mar', null],
        ['1.3', 'Refresh the DA pathway', 'CSP', 'Q4 19/20', null, null, null, null, 'Draft with partners.'],
        ['4.3', 'Court user group briefing', 'IDVA', 'w/c 9 Sept 2019', null, null, null, null, 'Held. Action closed.'],
      ],
      fills: [
        [null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null],
        [null, null, null, null, 'FFC000', 'FFC000', 'FF0000', null, null],
        [null, null, null, null, '00B050', '0070C0', null, null, null],
      ],
    };
    const l = readLayout(g);
    expect(l.blocks[0].ragUpdates?.map((u) => u.header)).toEqual(['2019/20 RAG Apr–Jun', '2019/20 RAG Jul–Sep', '2019/20 RAG Oct–Dec', '2019/20 RAG Jan–Mar']);
    expect(l.rows.map((r) => [r.cells.ref?.text, r.cells.rag?.fill])).toEqual([
      ['1.3', 'FF0000'],
      ['4.3', '0070C0'],
    ]);
  });

  test('"RAG status previous period | RAG status current period": the current period\'s is the RAG', () => {
    const l = readLayout(
      plan([
        ['No', 'Milestone', 'Baseline date', 'Forecast date', 'RAG status previous period', 'RAG status current period'],
        ['M2', 'Local offer published', '31/12/2013', '31/12/2013', 'A', 'G'],
      ]),
    );
    expect(l.blocks[0].columns.rag).toBe(5);
    expect(l.rows[0].cells.rag?.text).toBe('G');
  });

  test('no header names the action, but three name other roles: the column of sentences no header claims is the action', () => {
    const l = readLayout(
      plan([
        ['Ref', 'HMICFRS: The Service should make sure ...', 'Owner', 'Target date', 'Status'],
        ['CfC 1', 'there are strategic oversight arrangements in place to manage risks', 'CFO', 'March 2026', 'On track'],
        ['CfC 2', 'it has an effective system for fire safety audits of high-risk premises', 'Head of Prevention', 'June 2025', 'Complete'],
        ['CfC 3', 'its staff understand how to report concerns about behaviours', 'Head of HR', 'December 2025', 'On track'],
      ]),
    );
    expect(l.blocks[0].columns).toEqual({ ref: 0, action: 1, lead: 2, timescale: 3, status: 4 });
    expect(l.rows.map((r) => r.cells.ref?.text)).toEqual(['CfC 1', 'CfC 2', 'CfC 3']);
  });

  test('negative case: three roles named, but no column of sentences no header claims: no table', () => {
    const l = readLayout(
      plan([
        ['Ref', 'Station', 'Owner', 'Target date', 'Status'],
        ['1', 'Wellington', 'CFO', 'March 2026', 'On track'],
        ['2', 'Shrewsbury', 'Head of Prevention', 'June 2025', 'Complete'],
        ['3', 'Market Drayton', 'Head of HR', 'December 2025', 'On track'],
      ]),
    );
    expect(l.blocks).toEqual([]);
  });

  test('"Status" merged over "Stage | RAG": the RAG is the rating, "Stage" (the plan\'s own word) the status', () => {
    const l = readLayout(
      plan(
        [
          ['Ref', 'Action', 'Owner', 'Target date', 'Status', null],
          [null, null, null, null, 'Stage', 'RAG'],
          ['1', 'Refresh the risk model', 'CFO', 'March 2026', 'Behind Schedule', 'R'],
        ],
        { merges: [{ top: 0, left: 4, bottom: 0, right: 5 }, ...[0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
      ),
    );
    expect([l.blocks[0].columns.status, l.blocks[0].columns.rag]).toEqual([4, 5]);
    expect(l.rows[0].cells.rag?.text).toBe('R');
  });

  test('negative case: a RAG header beside blank header cells with no periods under them is one RAG column', () => {
    const l = readLayout(
      plan([
        ['Ref', 'Action', 'Lead', 'When', 'RAG', null, 'Commentary'],
        ['1.1', 'Refresh the DA pathway', 'CSP', 'March 2020', 'A', 'see note', 'Draft with partners.'],
      ]),
    );
    expect(l.blocks[0].ragUpdates).toBeUndefined();
    expect(l.rows[0].cells.rag?.text).toBe('A');
  });

  test('negative case: a title merged across the columns, naming no header word, is still not a header row', () => {
    const g = plan(
      [
        ['Improvement plan 2024: monthly position', null, null, null, null],
        ['Ref', 'Action', 'Lead', 'Target', 'Progress'],
        ['1a', 'Refresher for all officers', 'SPOs', 'Sept-Dec 24', '1st cohort booked'],
      ],
      { merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] },
    );
    expect(readLayout(g).blocks.map((b) => b.headerRow)).toEqual([1]);
  });

  test('"Q1 | Q2 | Q3 | Q4" holding sentences beside an "Overall RAG": one update column per quarter, the newest filled one read; beside a RAG column, letters under them are not taken', () => {
    const sentences = readLayout(
      plan([
        ['Ref', 'Action', 'Lead', 'Timescale', 'Q1', 'Q2', 'Q3', 'Q4', 'Overall RAG'],
        [
          '1.3',
          'Refresh the safeguarding policy',
          'Named Nurse',
          'Dec 2019',
          'Scoping started.',
          'Draft written.',
          'Now to the February committee.',
          null,
          'Amber',
        ],
        ['1.4', 'Appoint a Named Doctor', 'Medical Director', 'Sept 2019', 'Post advertised.', 'In post since 1 November.', null, null, null],
      ]),
    );
    expect(sentences.blocks[0].updates?.map((u) => u.header)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(sentences.rows.map((r) => r.cells.status?.text)).toEqual(['Now to the February committee.', 'In post since 1 November.']);
    // negative: RAG letters under the quarters beside a RAG column of its own are not a second rating
    const letters = readLayout(
      plan([
        ['Ref', 'Action', 'Timescale', 'Q1', 'Q2', 'Q3', 'RAG'],
        ['1.1', 'Audit', 'Dec 2019', 'G', 'A', 'A', 'Amber'],
        ['1.2', 'Train', 'Dec 2019', 'G', 'G', 'G', 'Green'],
      ]),
    );
    expect(letters.blocks[0].ragUpdates).toBeUndefined();
    expect(letters.blocks[0].columns.rag).toBe(6);
  });

  test('a title merged across the columns above the header is still not a header', () => {
    const g = plan(
      [
        ['Action Plan 2017-18', null, null, null],
        ['Ref', 'Action', 'Lead', 'Target date'],
        ['1.1', 'Launch the strategy', 'Neglect sub-group', 'Sept 2017'],
      ],
      { merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] },
    );
    expect(readLayout(g).blocks.map((b) => b.headerRow)).toEqual([1]);
  });

  test('reads columns in any order', () => {
    const g = plan([
      ['Status', 'By when', 'Key Actions', 'Ref', 'Lead'],
      ['Complete', 'Dec 14', 'Write it', '1.1', 'JC'],
    ]);
    const l = readLayout(g);
    expect(l.blocks[0].columns).toEqual({ status: 0, timescale: 1, action: 2, ref: 3, lead: 4 });
    expect(l.rows[0].ref).toBe('1.1');
  });

  test('skips a version-control block and titles above the header', () => {
    const g = plan([
      ['Version Control', '4.12.14', 'Amended Business Plan', 'V11'],
      ['Business plan 2014-15', null, null, null],
      ['No', 'Action', 'Timescale', 'Status'],
      ['1.1', 'Do it', 'Dec 14', ''],
    ]);
    const l = readLayout(g);
    expect(l.headerRows).toEqual([2]);
    expect(l.rows.map((r) => r.row)).toEqual([3]);
  });

  test('blank objective cells inherit from the row above', () => {
    const g = plan([
      ['No', 'Objective', 'Action', 'Timescale'],
      ['1.1', 'Improve help', 'First', 'Dec 14'],
      ['1.2', '', 'Second', 'Jan 15'],
    ]);
    const l = readLayout(g);
    expect(l.rows[1].cells.objective).toMatchObject({ text: 'Improve help', inherited: true, row: 1 });
  });

  test('vertically merged objective cells resolve to the merge', () => {
    const g = plan(
      [
        ['No', 'Objective', 'Action', 'Timescale'],
        ['1.1', 'Improve help', 'First', 'Dec 14'],
        ['1.2', null, 'Second', 'Jan 15'],
      ],
      { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] },
    );
    const l = readLayout(g);
    expect(l.rows).toHaveLength(2);
    expect(l.rows[1].cells.objective).toMatchObject({ text: 'Improve help', inherited: true });
  });

  test('a note merged across the table is not an action', () => {
    const g = plan(
      [
        ['No', 'Objective', 'Action', 'Timescale', 'Status'],
        ['1.1', 'Aim', 'First', 'Dec 14', 'Complete'],
        ['Sections 3.6 to 3.13 at risk of not being accomplished within proposed timescales', null, null, null, null],
      ],
      { merges: [{ top: 2, left: 0, bottom: 2, right: 4 }] },
    );
    const l = readLayout(g);
    expect(l.rows).toHaveLength(1);
    expect(l.noteRows).toEqual([2]);
  });

  test('a user mapping overrides detection', () => {
    const g = plan([
      ['No', 'Action', 'Timescale', 'Notes', 'Progress'],
      ['1.1', 'First', 'Dec 14', 'Complete', 'Not started'],
    ]);
    expect(readLayout(g).rows[0].cells.status!.text).toBe('Not started');
    expect(readLayout(g, { columns: { status: 'D' } }).rows[0].cells.status!.text).toBe('Complete');
  });

  test('a user mapping reads a sheet with no recognisable header', () => {
    const g = plan([
      ['Thing', 'Stuff', 'When-ish'],
      ['1.1', 'First', 'Dec 14'],
    ]);
    expect(readLayout(g).found).toBe(false);
    const l = readLayout(g, { headerRow: 0, columns: { ref: 'A', action: 'B', timescale: 'C' } });
    expect(l.found).toBe(true);
    expect(l.rows[0].cells.timescale!.text).toBe('Dec 14');
  });

  test('a sheet with no table says which headers were looked for', () => {
    const l = readLayout(plan([['Minutes of the meeting'], ['Present: JC, RB']]));
    expect(l.found).toBe(false);
    expect(l.messages[0]).toMatch(/No plan table found/);
    expect(l.messages[0]).toMatch(/timescale \("timescale"/);
    expect(l.messages[0]).toMatch(/status \("status"/);
  });

  test('an empty sheet is not a plan, and says so', () => {
    const l = readLayout({ values: [] });
    expect(l.found).toBe(false);
    expect(l.rows).toEqual([]);
  });
});

describe('real date cells', () => {
  test('a month-only number format means month precision', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Status'],
          ['1', 'Do', 41974, ''],
        ],
        numberFormats: [[], [null, null, 'mmm-yy', null]],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows[0].timescale).toMatchObject({ kind: 'date', due: '2014-12-31', precision: 'month' });
    expect(a.rows[0].state).toBe('red');
  });

  test('a day format keeps the day', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Status'],
          ['1', 'Do', 42000, 'On track'],
        ],
        numberFormats: [[], [null, null, 'dd/mm/yyyy', null]],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows[0].timescale).toMatchObject({ kind: 'date', due: '2014-12-27', precision: 'day' });
  });

  test('a plain number is not a date', () => {
    const a = assessGrid(
      {
        values: [
          ['No', 'Action', 'Timescale', 'Status'],
          ['1', 'Do', 12.53, ''],
        ],
        numberFormats: [[], [null, null, '0.00', null]],
      },
      { asOf: '2015-01-21' },
    );
    expect(a.rows[0].timescale.kind).toBe('none');
  });
});

describe('plan sheet choice', () => {
  test('another sheet holding a plan is named, and is not taken for the SIIP register', async () => {
    const { assessWorkbook } = await import('../../src/core/plan/assess');
    const sheet = (name: string, n: number) => ({
      name,
      grid: plan([
        ['Ref', 'Action', 'Timescale', 'Status'],
        ...Array.from({ length: n }, (_, i) => [`${name.slice(-1)}.${i + 1}`, 'Do it', 'March 2016', 'Delayed']),
      ]),
    });
    const a = assessWorkbook([sheet('Priority 1', 3), sheet('Priority 2', 4)], { asOf: '2016-06-01' });
    expect(a.sheet).toBe('Priority 2');
    expect(a.register).toBeNull();
    expect(a.messages.filter((m) => m.startsWith('Sheet "Priority 1" also holds a plan table (3 actions)'))).toHaveLength(1);
  });

  test('picks the sheet with a plan table, finds the register, and says when a sheet name is wrong', async () => {
    const { assessWorkbook } = await import('../../src/core/plan/assess');
    const cover = { name: 'Cover', grid: plan([['CSCB Business Plan'], ['Version 12']]) };
    const main = {
      name: 'Plan',
      grid: plan([
        ['No', 'Action', 'Timescale', 'Status'],
        ['1.1', 'Do LINK TO SIIP 1.9', 'Dec 14', ''],
      ]),
    };
    const reg = {
      name: 'Register',
      grid: plan([
        ['Ref', 'Action'],
        ['1.9', 'x'],
        ['2.1', 'y'],
      ]),
    };
    const a = assessWorkbook([cover, main, reg], { asOf: '2015-01-21' });
    expect(a.sheet).toBe('Plan');
    expect(a.register?.sheet).toBe('Register');
    expect(() => assessWorkbook([cover, main], { asOf: '2015-01-21', sheet: 'Nope' })).toThrow(/no sheet named "Nope" \(sheets: Cover, Plan\)/);
  });

  test('a bad as-of date is an error with an origin', () => {
    expect(() => assessGrid({ values: [] }, { asOf: '21/01/2015' })).toThrow(/options: the as-of date "21\/01\/2015" is not a YYYY-MM-DD date/);
  });
});

describe('rows whose merges were lost (a sheet saved without them)', () => {
  test('a long note in the ref column is a note; a short title there is a section', () => {
    const l = readLayout({
      values: [
        ['No', 'Objective', 'Action', 'Timescale', 'Status'],
        ['Priority 1: Neglect', null, null, null, null],
        ['1.1', 'Aim', 'First', 'Dec 14', 'Complete'],
        [
          '4.4 at risk due to capacity of Board Manager / need for deep analysis.  To be included in Business Proposal for 2nd October Board.',
          null,
          null,
          null,
          null,
        ],
      ],
    });
    expect(l.sections.map((s) => s.title)).toEqual(['Priority 1: Neglect']);
    expect(l.noteRows).toEqual([3]);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1']);
  });

  test('"1.0" and a title beside it heads the standards numbered under it; "1.1" with only its words is an action', () => {
    const l = readLayout({
      values: [
        ['No', 'Standard', 'RAG', 'Comments'],
        ['1.0', 'Clear lines of accountability', null, null],
        ['1.1', 'The Practice has a GP lead for safeguarding children.', null, 'Dr P named in policy.'],
        ['1.2', 'The Practice has a GP lead for safeguarding adults.', null, null],
        ['2.0', 'Training', null, null],
        ['2.1', 'All staff trained to the level their role needs.', 'A', 'Matrix set up.'],
        // (a number not ending ".0" is a standard nobody has commented on)
        ['2.10', 'Reports sent in time.', null, null],
      ],
    });
    expect(l.sections.map((s) => s.title)).toEqual(['Clear lines of accountability', 'Training']);
    expect(l.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '2.1', '2.10']);
  });
});
