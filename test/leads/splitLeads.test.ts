import { findGlossary, readGlossary } from '../../src/core/leads/glossary';
import { findLead, findLeads } from '../../src/core/leads/findLeads';
import { learnJoinedNames, splitCell } from '../../src/core/leads/splitCell';
import { tokenize } from '../../src/core/leads/tokens';

const split = (cell: string, others: string[] = []) => splitCell(cell, learnJoinedNames([cell, ...others])).pieces.map((p) => p.spelling);
const names = (cells: string[], glossary = null as Parameters<typeof findLeads>[1]) =>
  findLeads(
    cells.map((lead, i) => ({ row: i + 1, lead })),
    glossary,
  ).leads.map((l) => l.name);

describe('a Reporting cell is split into the leads it names', () => {
  test.each([
    ['EH&P / Principal Social Worker', ['EH&P', 'Principal Social Worker']],
    ['EH&P and L&I sg', ['EH&P', 'L&I sg']],
    ['EH&P + CYPPE, CYPS, CSCB', ['EH&P', 'CYPPE', 'CYPS', 'CSCB']],
    ['EH&P\n\nC&E\n\nMA Audit', ['EH&P', 'C&E', 'MA Audit']],
    ['PM group to Business Group', ['PM group', 'Business Group']],
    ['CSCB through the Business Group', ['CSCB', 'Business Group']],
    ['JC to the Board', ['JC', 'Board']],
    ['Proactive and Responsive scrutinise work of the MA Audit Group', ['Proactive', 'Responsive', 'MA Audit Group']],
    ['Case Review sg Business Group and CSCB', ['Case Review sg', 'Business Group', 'CSCB']],
    ['JC and Learning and Improvement sub group', ['JC', 'Learning and Improvement sub group']],
    ['Learning and Improvement sg & Comms and Engagement sg', ['Learning and Improvement sg', 'Comms and Engagement sg']],
    ['Learning &Improvement\n\n Group\n\nCSCB business group\n\nCSCB', ['Learning &Improvement Group', 'CSCB business group', 'CSCB']],
    ['L &I Group\n\nBusiness group', ['L &I Group', 'Business group']],
    ['JC & RB', ['JC', 'RB']],
    ['Health and Wellbeing Board and CSCB', ['Health and Wellbeing Board', 'CSCB']],
    ['Police and Health', ['Police', 'Health']],
    // "S/G" is a sub-group, not two leads; a label before the lead is not part of its name
    ['Training S/G', ['Training S/G']],
    ['Police/CSC', ['Police', 'CSC']],
    ['Lead: Police', ['Police']],
    ['Owner - CCG', ['CCG']],
    ['Lead: Police / Support: CSC', ['Police', 'CSC']],
    ['Lead Member for Children', ['Lead Member for Children']],
  ])('%j → %j', (cell, expected) => {
    expect(split(cell)).toEqual(expected);
  });

  test('"and" joins one name when another cell of the plan writes it before a group word, or an abbreviation spells it', () => {
    expect(split('Proactive and Responsive scrutinise work of the MA Audit Group', ['P&R sg'])).toEqual(['Proactive and Responsive', 'MA Audit Group']);
    expect(split('Comms and Engagement', [])).toEqual(['Comms', 'Engagement']);
    expect(split('Comms and Engagement', ['Comms & Engagement sub group'])).toEqual(['Comms and Engagement']);
    expect(split('Comms and Engagement', ['C&E'])).toEqual(['Comms and Engagement']);
    expect(split('Early Help and Prevention', ['EH&P'])).toEqual(['Early Help and Prevention']);
  });

  test('"X & Y Services" is two leads when the plan names both alone, one name when it does not', () => {
    expect(split("Police, Health & Children's Services", ['Health', "Children's Services"])).toEqual(['Police', 'Health', "Children's Services"]);
    expect(split("Police, Health & Children's Services", ["Children's Services"])).toEqual(['Police', "Health & Children's Services"]);
    // a name whose second half never stands alone stays one ("Health and Wellbeing Board" beside "Health")
    expect(split('Health and Wellbeing Board', ['Health'])).toEqual(['Health and Wellbeing Board']);
  });

  test('a lone "Group" with no name above it is a fragment, not a lead', () => {
    const r = splitCell('Group', learnJoinedNames(['Group']));
    expect(r.pieces).toEqual([]);
    expect(r.fragments).toEqual(['Group']);
  });

  test('abbreviations: "EH&P" and "L &I" are one word; spaced "JC & RB" are two', () => {
    expect(tokenize('EH&P and L &I sg').map((t) => [t.text, t.abbr])).toEqual([
      ['EH&P', 'EHP'],
      ['and', null],
      ['L &I', 'LI'],
      ['sg', null],
    ]);
  });
});

describe('spellings of one lead come together', () => {
  test('case, "&"/"and", the group word and punctuation', () => {
    expect(
      names(['Business Group', 'Business group', 'business group', 'Business Group.', 'CSCB business group', 'Business sub-group', 'Business subgroup']),
    ).toEqual(['Business Group']);
  });
  test('"S/G" is the group word', () => {
    expect(names(['Training S/G', 'Training sub group'])).toHaveLength(1);
  });
  test('an abbreviation meets its long form in the same plan; a trailing G may be the group word', () => {
    expect(names(['L&I sg', 'Learning and Improvement sub group'])).toEqual(['Learning and Improvement sub group']);
    expect(names(['BG', 'Business Group'])).toEqual(['Business Group']);
    expect(names(['MA Audit', 'Multi-Agency Audit Group'])).toEqual(['Multi-Agency Audit Group']);
    expect(names(['Comms & Engagement sg', 'Communication and Engagement sub group', 'C&E'])).toHaveLength(1);
  });
  test('an abbreviation that could be two long forms is left alone', () => {
    expect(names(['PM', 'Performance Management', 'Project Management']).sort()).toEqual(['PM', 'Performance Management', 'Project Management']);
  });
  test('an abbreviation with no long form in the plan stays as it is; the glossary names it', () => {
    expect(names(['EH&P', 'CYPS and EH&P'])).toEqual(['CYPS', 'EH&P']);
    expect(names(['EH&P', 'CYPS and EH&P'], [{ short: 'EH&P', long: 'Early Help & Prevention' }])).toEqual(['CYPS', 'Early Help & Prevention (EH&P)']);
  });
  test('the glossary also says which "X and Y" is one name', () => {
    expect(names(['Early Help and Prevention and CSCB'])).toEqual(['CSCB', 'Early Help', 'Prevention']);
    expect(names(['Early Help and Prevention and CSCB'], [{ short: 'EH&P', long: 'Early Help and Prevention' }])).toEqual([
      'CSCB',
      'Early Help and Prevention',
    ]);
  });
  test('a lower-case piece is a lead only where the plan names it properly elsewhere', () => {
    const idx = findLeads([
      { row: 1, lead: 'P&R through qualitative feedback & performance management' },
      { row: 2, lead: 'Performance Management sub group' },
    ]);
    expect(idx.leads.map((l) => l.name)).toEqual(['P&R', 'Performance Management sub group']);
    expect(idx.fragments).toEqual([{ row: 1, text: 'qualitative feedback' }]);
  });
  test('findLead takes an id, a name or any spelling', () => {
    const idx = findLeads([
      { row: 1, lead: 'L&I sg' },
      { row: 2, lead: 'Learning and Improvement sub group' },
    ]);
    const lead = idx.leads[0];
    expect(lead).toEqual({
      id: 'learning and improvement',
      name: 'Learning and Improvement sub group',
      spellings: ['L&I sg', 'Learning and Improvement sub group'],
      rows: [1, 2],
    });
    for (const q of ['learning and improvement', 'Learning & Improvement', 'L&I', 'l&i sub-group', 'LEARNING AND IMPROVEMENT GROUP'])
      expect(findLead(idx, q)).toBe(lead);
    expect(findLead(idx, 'Business Group')).toBeNull();
  });
});

describe('glossary', () => {
  test('two columns, abbreviation | meaning; the header row is skipped', () => {
    const grid = {
      values: [
        ['Abbreviation', 'Meaning'],
        ['EH&P', 'Early Help and Prevention'],
        [null, 'orphan'],
        ['L&I', 'Learning and Improvement'],
      ],
    };
    expect(readGlossary(grid)).toEqual([
      { short: 'EH&P', long: 'Early Help and Prevention' },
      { short: 'L&I', long: 'Learning and Improvement' },
    ]);
  });
  test('found by its sheet name', () => {
    const g = { values: [['PM', 'Performance Management']] };
    expect(
      findGlossary([
        { name: 'Plan', grid: { values: [['a', 'b']] } },
        { name: 'Glossary of terms', grid: g },
      ]),
    ).toEqual([{ short: 'PM', long: 'Performance Management' }]);
    expect(findGlossary([{ name: 'Plan', grid: g }])).toBeNull();
  });
});

describe('a lead is named as written', () => {
  test.each([
    [['Designated Nurse (CCG)'], ['Designated Nurse (CCG)']], // the bracket kept, with its space
    [['Head of CSC (JS)'], ['Head of CSC (JS)']],
    [['J. Smith'], ['J. Smith']], // an initial keeps its stop and space
    [['L&D sub-group'], ['L&D sub-group']], // a hyphen stays
    [['Learning &Improvement Group'], ['Learning & Improvement Group']], // "&" spaced
  ])('%j → %j', (cells, expected) => {
    expect(names(cells)).toEqual(expected);
  });

  test('an e-mail address alone is a lead, as written; in brackets after a name it is set aside', () => {
    const leads = findLeads([
      { row: 1, lead: 'j.smith@council.gov.uk' },
      { row: 2, lead: 'Jane Smith (jane.smith@council.gov.uk)' },
      { row: 3, lead: 'Jane Smith <jane.smith@nhs.net>' },
      { row: 4, lead: 'Jane Smith' },
    ]);
    expect(leads.leads.map((l) => [l.name, l.rows])).toEqual([
      ['j.smith@council.gov.uk', [1]],
      ['Jane Smith', [2, 3, 4]],
    ]);
  });

  test('a spelling keeps the bracket it closes ("also written" lists it as written)', () => {
    const leads = findLeads([
      { row: 1, lead: 'Detective Inspector (Police)' },
      { row: 2, lead: 'Police (DI Smith) / Health' },
    ]);
    expect(leads.leads.flatMap((l) => l.spellings).sort()).toEqual(['Detective Inspector (Police)', 'Health', 'Police (DI Smith)']);
  });
});

describe('a cell naming no lead yet is not a lead', () => {
  test.each([['TBC'], ['To be confirmed'], ['N/A'], ['-'], ['Vacant'], ['tba']])('%j names nobody', (cell) => {
    expect(names([cell])).toEqual([]);
  });

  test('"JS / TBC" names JS only', () => {
    expect(names(['JS / TBC'])).toEqual(['JS']);
  });

  // negative cases: names that only start like a placeholder
  test.each([['TBC Partnership'], ['Nobody Left Behind team'], ['NAS'], ['Vacancy panel']])('%j is a lead', (cell) => {
    expect(names([cell])).toHaveLength(1);
  });
});
