import { sectionLabels } from '../../src/core/plan/sections';

test("section labels lose the board's own name where several titles share it", () => {
  const names = [
    '1 The Calderdale Safeguarding Children Board has assurance that children receive the right help',
    '2 Assure the Calderdale Safeguarding Children Board of the effectiveness of the identification',
    '3 Robust Performance Management and Quality Assurance demonstrates effective Safeguarding',
    '4 The Calderdale Safeguarding Children Board drives Safeguarding and Practice Improvement',
  ];
  expect(sectionLabels(names)).toEqual([
    '1 Has assurance that children receive the right help',
    '2 Assure of the effectiveness of the identification',
    '3 Robust Performance Management and Quality Assurance demonstrates effective Safeguarding',
    '4 Drives Safeguarding and Practice Improvement',
  ]);
});

test('titles with nothing in common stay as they are', () => {
  expect(sectionLabels(['1 Early Help', '2 Neglect', '(no section)'])).toEqual(['1 Early Help', '2 Neglect', '(no section)']);
});
