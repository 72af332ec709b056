/** A plan's own key to ratings given as numbers ("1 Fully achieved, 2 On track, ..."). */
import { classifyStatus } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { planKeyTexts, readRagKey, redMeansNotStarted } from '../../src/core/status/ragKey';
import { opensWithKeyLabel, readLayout } from '../../src/core/layout/readLayout';
import * as rules from '../../src/core/vocab/status';
import { assessGrid } from '../../src/core/plan/assess';
import { withFills } from '../fixtures/plans/types';

const keyOf = (texts: string[]) => Object.fromEntries(readRagKey(texts, rules));

describe('keys boards print', () => {
  test.each([
    [['1 Fully Achieved', '2 On track', '3 Some progress but behind schedule', '4 No progress'], { 1: 'blue', 2: 'green', 3: 'amber', 4: 'red' }],
    [['Key: 1 = Complete; 2 = On target; 3 = Slippage; 4 = Off track'], { 1: 'blue', 2: 'green', 3: 'amber', 4: 'red' }],
    [['1 Fully Achieved 2 On track 3 Delayed 4 Not started'], { 1: 'blue', 2: 'green', 3: 'amber', 4: 'red' }],
    [['RAG (1 = Blue, 2 = Green, 3 = Amber, 4 = Red)'], { 1: 'blue', 2: 'green', 3: 'amber', 4: 'red' }],
    [['(1) Red – significant concern', '(2) Amber – some concern', '(3) Green – on track'], { 1: 'red', 2: 'amber', 3: 'green' }],
  ])('%j', (texts, expected) => {
    expect(keyOf(texts)).toEqual(expected);
  });
});

describe('a key of coloured cells, the meaning written in each', () => {
  // a care provider's "Progress Key" above its table: "Delivered and Complete" on green, "Some issues outstanding" on
  // amber, "Not delivered and needs action" on red
  const plan = (keyed: boolean) =>
    withFills(
      [
        ['Progress Key', null, null, null],
        ['Delivered and Complete', null, null, null],
        ['Some issues outstanding', null, null, null],
        ['Not delivered and needs action', null, null, null],
        ['Requirement', 'Action', 'By When', 'Progress'],
        ['Infection control', 'Replace the laundry bags', '9th October 2015', 'Bags replaced; weekly checks continue.'],
      ],
      [
        [4 + 1, 3, '00B050'],
        ...(keyed
          ? ([
              [1, 0, '00B050'],
              [2, 0, 'FFC000'],
              [3, 0, 'FF0000'],
            ] as Array<[number, number, string]>)
          : []),
      ],
    );
  test("is read as the colours' words: green there is complete", () => {
    expect(assessGrid(plan(true), { asOf: '2015-10-25' }).rows[0].state).toBe('complete');
  });
  test('the same words uncoloured are no key', () => {
    expect(assessGrid(plan(false), { asOf: '2015-10-25' }).rows[0].state).not.toBe('complete');
  });
});

describe('keys that give the colour words meanings of their own', () => {
  test.each([
    // a trust's BRAG key: Amber is on track, Green complete (the colours whose meaning differs, by the word)
    [["Red 'Off Track'", "Amber 'On Track'", "Green 'Complete'", "Blue 'Complete & CSPI'"], { amber: 'green', green: 'blue' }],
    [['Key: Red = not started', 'Amber = on track', 'Green = complete'], { amber: 'green', green: 'blue' }],
    // the words after a comma belong to the colour before it; a label before the first colour
    [['BRAG key: Blue – complete and evidenced; Red – not started or off track; Amber – started, deadline at risk or missed; Green – on track'], {}],
    // "on track to be completed" is on track; "reported complete but awaiting evidence" is held up
    [['Green – on track to be completed by the target date', 'Amber – reported complete but awaiting evidence, or delayed', 'Red – not progressed'], {}],
    // red and amber both "delayed", by degree: red keeps its own meaning
    [['RAG Ratings: Blue – Complete; Green – on target for completion; Amber – delayed by one board meeting; Red – delayed by two or more board meetings'], {}],
    // a colour graded by a letter is a rating of its own, read as its words say; plain Amber keeps its meaning
    [['Blue – action complete', 'Amber E – action complete, evidencing impact', 'Green – on track', 'Amber – some slippage'], { 'amber e': 'blue' }],
    // the date the key was updated at its head, and green's entry running on into a note on grey shading after a slash
    [
      ['Updated October 2015: Red – Not yet started, Amber– Ongoing, Green – Completed /Grey shading indicates actions removed or absorbed into other actions'],
      { amber: 'green', green: 'blue' },
    ],
    [['As at March 2016: Red – not started; Amber – in progress; Green – complete'], { amber: 'green', green: 'blue' }],
    // the colours named by their letters, as a school's plan with R / A / G in its cells writes its key: the letters
    // mean what the words do
    [['RAG key:  R = not started   A = in progress   G = completed'], { amber: 'green', green: 'blue' }],
    // (or an entry a cell: "RAG key: | G = Completed | A = In progress | R = Not on track / overdue")
    [['RAG key:', 'G = Completed', 'A = In progress', 'R = Not on track / overdue'], { amber: 'green', green: 'blue' }],
  ])('%j', (texts, expected) => {
    expect(keyOf(texts)).toEqual(expected);
  });

  test('a RAG cell is read through it', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Target date', 'BRAG'],
          ['1', 'Train staff', 'December 2017', 'Amber'],
          ['2', 'Audit', 'July 2017', 'Green'],
          ['Key', null, null, null],
          ["Red 'Off Track'", null, null, null],
          ["Amber 'On Track'", null, null, null],
          ["Green 'Complete'", null, null, null],
        ],
      },
      { asOf: '2017-09-30' },
    );
    expect(a.rows.map((r) => r.state)).toEqual(['green', 'complete']);
  });

  test('"Amber E" on a row is read through the key, and "Amber" beside it stays amber', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress update', 'RAG'],
          ['2.1', 'Launch the revised template', 'September 2025', 'Revised template launched in August 2025; audits show it in use.', 'Amber E'],
          ['2.2', 'Refresh the threshold guidance', 'June 2025', 'Draft with partners for comment.', 'Amber'],
          ['Key:', null, null, null, null],
          ['Blue – action complete', null, null, null, null],
          ['Amber E – action complete, evidencing impact', null, null, null, null],
          ['Green – on track', null, null, null, null],
          ['Amber – some slippage', null, null, null, null],
        ],
      },
      { asOf: '2025-11-30' },
    );
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'amber']);
  });

  test.each([
    ['Green – On track to be completed by the target date; Amber – some slippage; Red – off track', 'the work still to be done'],
    ['Green – on track, will be completed on time; Amber – at risk', 'the work still to be done'],
  ])('a key whose green only says on track to be done is not green covering work done: %j (%s)', (line) => {
    expect(readRagKey([line], rules).greenDone).toBeFalsy();
  });

  test.each([
    [['Green – Achieved', 'Amber – Being worked on', 'Red – Proving more challenging to progress'], { green: 'blue', amber: 'green' }],
    [['R/red = not achieved to time scale', 'A/amber = In progress but not complete', 'G/green = Completed to time scale'], { green: 'blue', amber: 'green' }],
  ])('a key read for what its words say first: %j', (lines, meanings) => {
    const key = readRagKey(lines, rules);
    expect(Object.fromEntries(key)).toEqual(meanings);
    expect([...(key.inProgress ?? [])]).toEqual(['amber']); // amber means only that the work is going on
  });
  // a header listing its scale ("DCA (… Red – Amber/Red – Amber – Amber/Green – Green)") names colours, not meanings:
  // without it, its "Red – Amber/Red" would make red amber
  test('a scale listed colour after colour is no key', () => {
    expect(keyOf(['DCA Q3 (a five-point scale, Red – Amber/Red – Amber – Amber/Green – Green; definitions below)', 'Red – Amber – Green'])).toEqual({});
    expect(keyOf(['Red – Amber/Red – Amber', 'Amber – significant issues; Red – unachievable'])).toEqual({});
  });
  test('a key whose words only say something is not done, with nothing going on, is red: "Amber – not complete"', () => {
    expect(Object.fromEntries(readRagKey(['Green – on track', 'Amber – not complete', 'Blue – complete'], rules))).toEqual({ amber: 'red' });
  });
  test('a key whose red says only "not started": red on work not yet due and not begun is not started', () => {
    const key = readRagKey(['Green – complete', 'Amber – in progress', 'Red – not started'], rules);
    expect(key.redNotStarted).toBe(true);
    expect(readRagKey(['Green – on track', 'Amber – some slippage', 'Red – off track'], rules).redNotStarted).toBeFalsy();
    // the work named before how it stands ("Red – action not started", a charity's self-assessment key)
    expect(readRagKey(['Green – action completed', 'Amber – action in progress', 'Red – action not started'], rules).redNotStarted).toBe(true);
    expect(readRagKey(['Green – on track', 'Red – action not started on time'], rules).redNotStarted).toBeFalsy();
    const read = (status: string, timescale: string) =>
      classifyStatus({ status, timescale: parseTimescale(timescale), asOf: '2025-08-29', colours: { ragFill: 'FF0000' }, colourKey: key });
    expect([read('Not started – waiting for the updated procedure.', 'Dec-25').state, read('', 'Dec-25').state]).toEqual(['none', 'none']);
    // past due, or said to be in trouble: red
    expect(read('Not started – waiting for the updated procedure.', 'Jun-25').state).toBe('red');
    expect(read('Off track: no budget.', 'Dec-25').state).toBe('red');
    expect(read('', 'Dec-25').reasons[0]).toBe("the RAG cell colour says red (fill FF0000), not started in the plan's key");
  });
  test('an easy read key: "Green means we have done it or it is going well" is green, covering work done', () => {
    const key = readRagKey(
      [
        'Green means we have done it or it is going well.',
        'Orange means we have started but it is slow or late.',
        'Red means we have not started or we are stuck.',
      ],
      rules,
    );
    expect([Object.fromEntries(key), key.greenDone]).toEqual([{}, true]);
  });
  test('a rating named with a letter after the colour ("Amber E") is not the colour\'s entry', () => {
    const key = readRagKey(
      ['Blue – action complete', 'Amber E – action complete, evidencing impact', 'Green – on track', 'Amber – some slippage', 'Red – off track'],
      rules,
    );
    expect(key.get('amber')).toBeUndefined();
  });
  test('a key whose words deny the work going on ("Red: not being delivered") keeps its colour', () => {
    expect(Object.fromEntries(readRagKey(['Green: being delivered', 'Amber: delivery at risk', 'Red: not being delivered'], rules))).toEqual({});
  });
  test('a colour the key says only means "in progress" says nothing of the date: a date moved later past the first is amber', () => {
    const plan = (update: string) =>
      assessGrid(
        withFills(
          [
            ['Ref', 'Action', 'Target date', 'Update', 'RAG'],
            ['1.2', 'Agree the procedure', 'May 2025', update, null],
            ['Green – complete', null, null, null, null],
            ['Amber – in progress', null, null, null, null],
            ['Red – not started', null, null, null, null],
          ],
          [[1, 4, 'FFC000']],
        ),
        { asOf: '2025-08-29' },
      ).rows[0];
    const moved = plan('Draft procedure with Legal Services; sign-off now expected October 2025.');
    expect([moved.state, moved.timescale.due, moved.reasons[0]]).toEqual(['amber', '2025-10-31', 'revised from 31 May 2025 to 31 Oct 2025: the date slipped']);
    // with no date moved, past its May date, the words decide: not done, amber
    expect(plan('Draft procedure with Legal Services.').state).toBe('amber');
  });
  describe('a key of numbers whose words say only that the work goes on, or has not started', () => {
    const plan = (stage: number, progress: string, due: string) =>
      assessGrid(
        {
          values: [
            ['Rec. No.', 'Action required', 'By when', 'Progress / comments', 'Change stage'],
            ['1.1', 'Add the form to the record', due, progress, stage],
            ['Change stage key:', null, null, null, null],
            ['1 = Not yet started', null, null, null, null],
            ['2 = In progress', null, null, null, null],
            ['3 = Completed', null, null, null, null],
          ],
        },
        { asOf: '2014-01-31' },
      ).rows[0];
    test('"2 = In progress": the words decide past the date, and a claim does not make it complete', () => {
      expect(plan(2, 'Change request submitted; awaiting a release date.', 'Dec-13').state).toBe('amber');
      expect(plan(2, 'Agreed by the Workforce Committee; added to the training matrix from 1 April.', 'April 2014').state).toBe('green');
    });
    test('"1 = Not yet started": not started before the date, red after it', () => {
      expect(plan(1, 'On the 2014/15 clinical audit programme.', 'Sept 2014').state).toBe('none');
      expect(plan(1, 'On the 2014/15 clinical audit programme.', 'Nov 2013').state).toBe('red');
    });
    test('"3 = Completed" is complete', () => {
      expect(plan(3, 'Form live on the record.', 'Dec-13').state).toBe('complete');
    });
  });
  test('a key in Welsh and English: the colour named in Welsh first, its meaning in both; the English is read', () => {
    const lines = [
      'Glas / Blue – Cwblhawyd / Completed',
      'Gwyrdd / Green – Ar y trywydd / On track',
      'Ambr / Amber – Peth llithriad / Some slippage',
      'Coch / Red – Oedi sylweddol / Significant delay',
    ];
    // the usual meanings: nothing changed (read as Welsh, "Ar" turned green amber)
    expect(Object.fromEntries(readRagKey(lines, rules))).toEqual({});
    expect(
      Object.fromEntries(readRagKey(['Glas / Blue – Cwblhawyd / Completed', 'Gwyrdd / Green – Cwblhawyd / Completed', 'Coch / Red – Oedi / Delayed'], rules)),
    ).toEqual({
      green: 'blue',
      red: 'amber',
    });
  });
  test.each([
    // a care provider's key: a slip with the action in hand, then the action not started or off track
    [['Blue – complete', 'Green – on track', 'Amber – behind target, action in hand', 'Red – not started or off track']],
    [['Green – on track', 'Amber – not complete', 'Red – off track']],
  ])('an amber whose words read as red, beside a red read as red, grades by degree: amber keeps its meaning (%j)', (lines) => {
    expect(readRagKey(lines, rules).get('amber')).toBeUndefined();
  });

  test('ongoing work cannot be finished: a green meaning done in the key is on schedule for it', () => {
    const grid = withFills(
      [
        ['Key: G/green = Completed to time scale; A/amber = In progress but not complete; R/red = not achieved to time scale'],
        ['Action', 'Completion By:', 'Commentary', 'Rag Status'],
        ['Link workers in every school', 'Ongoing', 'Termly network meetings held.', null],
        ['Publish the pathway', 'June 2017', 'Published.', null],
      ],
      [
        [2, 3, '00B050'],
        [3, 3, '00B050'],
      ],
    );
    expect(assessGrid(grid, { asOf: '2017-09-30' }).rows.map((r) => r.state)).toEqual(['green', 'complete']);
  });

  test('a key below the table with each colour in one cell and its meaning in the next ("Green | Completed") is read', () => {
    const grid = withFills(
      [
        ['No.', 'Action required', 'Who', 'By when', 'Update', 'RAG'],
        ['1.1', 'Appoint a deputy safeguarding adviser', 'DSA', 'March 2018', 'Interviews 12/02/18', null],
        ['1.2', 'Launch the parish safeguarding handbook', 'DSA', 'Dec 2017', 'Live from 4/1/18', null],
        [null, null, null, null, null, null],
        ['Key', null, null, null, null, null],
        ['Green', 'Completed', null, null, null, null],
        ['Amber', 'In progress', null, null, null, null],
        ['Red', 'Not started / overdue', null, null, null, null],
      ],
      [
        [1, 5, 'FFC000'],
        [2, 5, '00B050'],
      ],
    );
    expect(assessGrid(grid, { asOf: '2018-01-31' }).rows.map((r) => r.state)).toEqual(['green', 'complete']);
  });

  test('so is its letter in the RAG column ("G" under "G = Met"), and on dated work the letter is done', () => {
    const grid = {
      values: [
        ['No.', 'Requirement', 'Timescale', 'Progress', 'RAG'],
        ['1a', 'Audit the medication charts', 'Monthly', 'Audits monthly since October', 'G'],
        ['1b', 'Revise the medication policy', 'Jan 10', 'Policy revised', 'G'],
        [null, null, null, null, null],
        ['Key: G = Met   A = In progress   R = Not met / overdue', null, null, null, null],
      ],
    };
    expect(assessGrid(grid, { asOf: '2010-02-28' }).rows.map((r) => r.state)).toEqual(['green', 'complete']);
  });

  test('a key whose green covers work done ("Green – completed or on track"): a green beside "Completed." is complete', () => {
    const key = readRagKey(['RAG: Green – completed or on track; Amber – in progress with some delay; Red – not started or off track'], rules);
    expect([Object.fromEntries(key), key.greenDone]).toEqual([{}, true]);
    const a = assessGrid(
      {
        values: [
          ['Action', 'By when', 'Progress', 'RAG'],
          ['Set up the QA programme', 'September 2023', 'Completed.\n\nThe team now has an integrated QA programme.', 'Green'],
          ['Observe a meeting', 'March 2025', 'In progress.', 'Green'],
          ['Evaluate serious incidents', 'Ongoing', 'Complete (and ongoing).', 'Green'],
          [null, null, null, null],
          ['RAG: Green – completed or on track; Amber – in progress with some delay; Red – not started or off track', null, null, null],
        ],
      },
      { asOf: '2024-05-31' },
    );
    // (a standing commitment stays green: it recurs)
    expect(a.rows.map((r) => r.state)).toEqual(['complete', 'green', 'green']);
    expect(a.rows[0].contradiction).toBeNull();
    expect(a.rows[0].reasons[0]).toContain("the plan's key makes green cover work done");
  });

  describe('a hand-coloured cell with no text is read through it', () => {
    // an SCR action plan's key below the table: green is complete, amber only says the work is going on
    const grid = (fills: string[], statuses: string[], due = 'March 2021') =>
      withFills(
        [
          ['Ref', 'Action', 'Timescale', 'Progress', 'RAG'],
          ...statuses.map((s, i) => [`1.${i + 1}`, `Action ${i + 1}`, due, s, null]),
          [null, null, null, null, null],
          ['Key: Green – complete (remains on the plan and is monitored); Amber – in progress; Red – not started or off track', null, null, null, null],
        ],
        fills.map((hex, i) => [i + 1, 4, hex] as [number, number, string]),
      );
    test.each([
      ['00B050', 'Guidance issued and published on the website', 'complete', "green, complete in the plan's key"],
      ['FFC000', 'First session booked for February', 'green', "orange, in progress in the plan's key"],
      // "in progress" is not "on track": words saying the work slipped decide
      ['FFC000', 'Postponed to February 2021 because of Covid-19', 'amber', "orange, in progress in the plan's key"],
      ['FF0000', 'Not started', 'red', 'red (fill FF0000)'],
    ])('fill %s beside %j is %s', (hex, status, state, said) => {
      const r = assessGrid(grid([hex], [status]), { asOf: '2021-01-12' }).rows[0];
      expect([r.state, r.ragSource]).toEqual([state, 'fill']);
      expect(r.reasons[0]).toContain(said);
    });
    test('an amber cell the key calls in progress, past due with nothing more said, is amber', () => {
      expect(assessGrid(grid(['FFC000'], ['Ongoing'], 'October 2020'), { asOf: '2021-01-12' }).rows[0].state).toBe('amber');
    });
    test('nor with nothing written at all: the work the colour says goes on is late, amber (not work never begun)', () => {
      expect(assessGrid(grid(['FFC000'], [''], 'October 2020'), { asOf: '2021-01-12' }).rows[0].state).toBe('amber');
      // (an uncoloured row with nothing written past due is red)
      expect(assessGrid(grid([''], [''], 'October 2020'), { asOf: '2021-01-12' }).rows[0].state).toBe('red');
    });
    test('with no key, the fills mean what they usually do', () => {
      const plain = grid(['00B050', 'FFC000'], ['Guidance issued and published on the website', 'First session booked for February']);
      plain.values.pop();
      expect(assessGrid(plain, { asOf: '2021-01-12' }).rows.map((r) => r.state)).toEqual(['green', 'amber']);
    });
  });

  describe('a key that tells yellow from orange ("Orange – not on target", "Yellow – on target"): each cell read by its name', () => {
    const key = [
      'Red - Implementation date passed management action not complete',
      'Orange - Action not on target for completion by agreed/revised date',
      'Yellow - Action on target to be completed by agreed/revised date',
    ];
    test('yellow is on track; orange keeps amber (its words read as red beside a red); red red', () => {
      expect(keyOf(key)).toEqual({ yellow: 'green' });
    });
    test('cells filled Excel\'s "Yellow" (FFFF00) are green, its "Orange" (FFC000) amber', () => {
      const plan = withFills(
        [
          ...key.map((k) => [k, null, null, null]),
          ['Ref', 'Action', 'Target date', 'Status'],
          ['1', 'Reconcile the accounts', 'December 2017', null],
          ['2', 'Train the finance team', 'December 2017', null],
        ],
        [
          [4, 3, 'FFFF00'],
          [5, 3, 'FFC000'],
        ],
      );
      expect(assessGrid(plan, { asOf: '2017-10-17' }).rows.map((r) => r.state)).toEqual(['green', 'amber']);
    });
    test('a key naming yellow alone ("Yellow – on track") gives its meaning to every amber hue', () => {
      expect(keyOf(['Key: Green – complete', 'Yellow – on track', 'Red – off track'])).toEqual({ green: 'blue', yellow: 'green', amber: 'green' });
    });
  });

  describe('negative cases', () => {
    test.each([
      [['Key: Red - off track', 'Amber - some slippage', 'Green - on track'], 'the usual meanings change nothing'],
      [["Green 'Complete'"], 'one colour explained is not a key'],
      [['Green paper published', 'Red tape reduced'], 'colour words that are not a key'],
      [['Updated October 2015: the Board agreed the plan'], 'a date at the head of a line that names no colour'],
      [['Section A = safeguarding policy'], 'one letter entry is no key'],
      [['A = in progress', 'Notes: see the board minutes'], 'one letter entry in a cell of its own is no key'],
      [['A = in progress', 'A = some slippage'], 'the same letter twice is no key'],
    ])('%j: no colour read otherwise (%s)', (texts) => {
      expect(keyOf(texts)).toEqual({});
    });
  });
});

// what is not a key: fewer than two numbers read, numbered titles, references, dates
test('a key on one line, each colour and its meaning after a dash ("RAG key: G – on track / achieved   A – some slippage")', () => {
  const key = readRagKey(['RAG key: G – on track / achieved   A – some slippage   R – not achieved / significant concerns'], rules);
  expect(key.greenDone).toBe(true);
  expect(readRagKey(['RAG: Green – on track   Amber – some slippage   Red – off track'], rules).greenDone).toBeUndefined();
});

test('an amber "in progress but behind original date" is late, not only going on', () => {
  const key = readRagKey(['Green – on track', 'Amber – in progress but behind original date', 'Red – not started / off track'], rules);
  expect(key.get('amber')).toBeUndefined();
  expect(key.inProgress?.has('amber') ?? false).toBe(false);
  // negative case: "in progress" alone is
  expect(readRagKey(['Green – complete', 'Amber – in progress', 'Red – off track'], rules).inProgress?.has('amber')).toBe(true);
});

test('a key typed on one line: a word after a wide gap is no part of the colour before it ("G = on track   Complete")', () => {
  expect(readRagKey(['RAG key:  R = not started / off track   A = some slippage   G = on track   Complete'], rules).greenDone).toBeUndefined();
  // negative case: green's own words saying it covers work done
  expect(readRagKey(['RAG key:  R = not started   A = some slippage   G = on track / complete'], rules).greenDone).toBe(true);
});

describe('not a key', () => {
  test.each([
    [['1 Fully Achieved']],
    [['1. Participating in the planning of services – Executive Group', '2. Developing policies & procedures']],
    [['SIIP 1.1 and 2.3', 'Version 2 (March 2015)']],
    [['Priority 1: Neglect', 'Priority 2: Early help']],
    [['12/10/2016', '3 March 2017']],
  ])('%j', (texts) => {
    expect(readRagKey(texts, rules).size).toBe(0);
  });
});

test("the key's texts: notes below the table, rows above the header, the RAG header", () => {
  const grid = {
    values: [
      ['RAG key: 1 = done, 2 = on track', null, null],
      ['Ref', 'Action', 'RAG (1-4)'],
      ['1.1', 'Do it', 2],
      ['Key', null, null],
      ['3 Behind schedule', null, null],
    ],
  };
  expect(planKeyTexts(grid, readLayout(grid))).toEqual(['RAG (1-4)', 'RAG key: 1 = done, 2 = on track', 'Key', '3 Behind schedule']);
});

describe('a key written in one cell after its label is a note line, wherever it stands', () => {
  test.each([
    'Key: Green – complete; Amber – in progress; Red – off track',
    'RAG key - Blue = complete, Green = on track',
    'Legend: B complete, G on track, A slipping, R off track',
    'RAG: Green – completed or on track; Amber – in progress with some delay',
    // the colours' letters after the label, and the footnote mark of a "RAG*" header before it
    'RAG:  R – off track   A – at risk / some slippage   G – on track',
    '*RAG:  R = not in place   A = partially in place / in progress   G = in place',
    // a key that tells yellow from orange may open with either
    'RAG: Yellow – on target; Orange – not on target; Green – achieved',
    'Rating: Orange = behind, Yellow = on track',
  ])('%j', (key) => {
    const grid = {
      values: [
        ['Recommendation', 'Action', 'Timescale'],
        ['1. Improve', '1.1 Do it', 'May 2021'],
        [key, null, null],
      ],
    };
    const layout = readLayout(grid);
    expect([layout.noteRows, layout.rows.length]).toEqual([[2], 1]);
  });
  describe('negative cases', () => {
    test.each([
      ['Key actions: agree the protocol', 'a header word, not a key label'],
      ['Keyworker: allocated to every family', 'not a key label'],
      ['RAG: to be agreed at the next meeting', 'a RAG label with no colour after it'],
      ['Rating: a-level results', "a small letter after the label, not a colour's"],
      ['Rating: A-level results', "a letter joined to its word by a hyphen, not a colour's entry"],
    ])('%j is not a key (%s)', (text) => {
      expect(opensWithKeyLabel(text)).toBe(false);
    });
  });
});

describe('a key named for the column it explains ("Change stage key:"), its entries on the lines under it', () => {
  test('is notes, not section titles', () => {
    const grid = {
      values: [
        ['Rec. No.', 'Recommendation', 'Action required', 'By when', 'Progress / comments'],
        ['1.1', 'Re-launch the form', 'Re-launch the capacity form', 'Oct-13', 'Form re-launched.'],
        ['Change stage key:', null, null, null, null],
        ['1 = Not yet started', null, null, null, null],
        ['2 = In progress', null, null, null, null],
      ],
    };
    const layout = readLayout(grid);
    expect([layout.noteRows, layout.sections.map((x) => x.title)]).toEqual([[2, 3, 4], []]);
  });
  test.each(['Key stage 2 results', 'Monkey'])('%j is not such a label', (text) => {
    const layout = readLayout({
      values: [
        ['Ref', 'Action', 'Timescale'],
        ['1', 'Do it', 'May 2021'],
        [text, null, null],
        ['1 = Not yet started', null, null],
      ],
    });
    expect(layout.noteRows).not.toContain(3);
  });
});

describe('a key of numbers written in two cells below the table ("1 | Completed")', () => {
  const plan = (rating: number | string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress', 'RAG Rating'],
          ['1.1', 'Revise the guidance', 'March 2009', 'Draft out to consultation.', rating],
          [null, null, null, null, null],
          ['RAG Rating Key', null, null, null, null],
          [1, 'Completed', null, null, null],
          [2, 'On target', null, null, null],
          [3, 'Minor slippage – action in hand', null, null, null],
          [5, 'Not started', null, null, null],
        ],
      },
      { asOf: '2009-02-28' },
    );
  test('its entries are the key, not actions, and the numbers are read through it', () => {
    const a = plan(3);
    expect(a.rows.map((r) => r.ref)).toEqual(['1.1']);
    expect(a.rows[0].state).toBe('amber');
    expect(plan(1).rows[0].state).toBe('complete');
  });
  describe('negative cases', () => {
    test('a row of two cells with no key label above it is an action', () => {
      const a = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Timescale', 'Progress', 'RAG Rating'],
            ['1.1', 'Revise the guidance', 'March 2009', 'Draft out to consultation.', 'G'],
            ['2', 'Train staff', null, null, null],
          ],
        },
        { asOf: '2009-02-28' },
      );
      expect(a.rows.map((r) => r.ref)).toEqual(['1.1', '2']);
    });
  });
});

describe('a key of the colours\' letters read through a RAG column of letters ("R = not started A = in progress G = completed")', () => {
  const plan = (rag: string, progress: string, due: string) =>
    assessGrid(
      {
        values: [
          ['No.', 'Action', 'Timescale', 'Progress', 'RAG'],
          ['1b', 'SENCo to attend the DSL course', due, progress, rag],
          [null, null, null, null, null],
          ['RAG key:  R = not started   A = in progress   G = completed', null, null, null, null],
        ],
      },
      { asOf: '2016-03-16' },
    ).rows[0];
  test.each([
    ['G', 'Attended Feb 16.', 'March 2016', 'complete'],
    ['A', 'Booked for April.', 'May 2016', 'green'],
    // in progress past its date, beside words claiming a part done: late, amber
    ['A', 'Website done. Prospectus not reprinted until Sept.', 'Dec 2015', 'amber'],
    ['R', '', 'Sept 2016', 'none'],
  ])('%j beside %j, due %s → %s', (rag, progress, due, state) => {
    expect(plan(rag, progress, due).state).toBe(state);
  });
});

describe('a key of letters after a "RAG:" label, with the footnote mark of its "RAG*" header ("*RAG: ... G = in place")', () => {
  const plan = (key: string, rag: string) =>
    assessGrid(
      {
        values: [
          ['Outcome', 'Action to address risk', 'Owner', 'Evidence of progress', 'RAG*'],
          ['Leadership', 'The school has a named single point of contact for Prevent', 'HT', 'DSL is the SPOC; named in the policy.', rag],
          [null, null, null, null, null],
          [key, null, null, null, null],
        ],
      },
      { asOf: '2016-03-10' },
    ).rows[0].state;
  test.each([
    ['*RAG:  R = not in place   A = partially in place / in progress   G = in place', 'G', 'complete'],
    ['*RAG:  R = not in place   A = partially in place / in progress   G = in place', 'A', 'amber'],
    ['RAG: R – off track   A – some slippage   G – in place', 'G', 'complete'],
    // no key: a G is on track
    ['Completed by the DSL', 'G', 'green'],
  ])('%j, rated %s → %s', (key, rag, state) => {
    expect(plan(key, rag)).toBe(state);
  });
});

describe("a RAG cell's own words giving its red a key's meaning", () => {
  test.each(['Red - not started', 'Red – not yet started', 'Red (not started)'])('%j: red means not started', (cell) => {
    expect(redMeansNotStarted(cell, rules)).toBe(true);
  });
  // negative cases, by reason: another meaning, another colour, no meaning given
  test.each(['Red - off track', 'Amber - not started', 'Red'])('%j: not', (cell) => {
    expect(redMeansNotStarted(cell, rules)).toBe(false);
  });
});
