/** Comparing host-neutral formats group by group. */
import { groupsOf, pickGroups, sameGroup, styleToFormat } from '../../src/core/host/cellFormat';

test.each([
  ['colours ignore case and #', { fill: { color: '#ffc7ce' } }, { fill: { color: 'FFC7CE' } }, 'fill', true],
  ['ARGB colours compare on RGB', { fontColor: 'FF9C0006' }, { fontColor: '9C0006' }, 'font', true],
  ['a pattern is not a solid fill', { fill: { color: 'FFFF00', pattern: 'lightUp', patternColor: 'FF0000' } }, { fill: { color: 'FFFF00' } }, 'fill', false],
  ['no fill is not white', { fill: null }, { fill: { color: 'FFFFFF' } }, 'fill', false],
  ['a missing border is none', {}, { borders: null }, 'border', true],
  ['a bold font differs from a plain one', { bold: false, fontColor: null }, { bold: true }, 'font', false],
  ['only the properties wanted are compared', { bold: true, italic: true }, { bold: true }, 'font', true],
] as const)('%s', (_what, current, wanted, group, same) => {
  expect(sameGroup(current as never, wanted as never, group)).toBe(same);
});

test('groups and picking', () => {
  const f = styleToFormat({ fill: 'FFC7CE', fontColor: '9C0006', bold: true, border: { style: 'dotted', color: 'BF8F00' } });
  expect(groupsOf(f)).toEqual(['fill', 'font', 'border']);
  expect(pickGroups(f, ['font'])).toEqual({ fontColor: '9C0006', bold: true });
});
