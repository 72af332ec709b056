/** A plan's own key to ratings given as numbers ("1 Fully achieved, 2 On track, ..."). */
import { planKeyTexts, readRagKey } from '../../src/core/status/ragKey';
import { readLayout } from '../../src/core/layout/readLayout';
import * as rules from '../../src/core/vocab/status';

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

// what is not a key: fewer than two numbers read, numbered titles, references, dates
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
