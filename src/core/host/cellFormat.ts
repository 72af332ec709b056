/**
 * Working with host-neutral cell formats: which property groups a format holds, whether two formats agree on a
 * group, and the plan's styles as formats.
 */
import type { CellStyle } from '../plan/styles';
import { GROUP_PROPS, PROP_GROUPS, type Borders, type BorderEdge, type CellFormat, type Fill, type PropGroup } from './types';

/**
 * The property groups a format sets.
 * @example groupsOf({ fill: null, bold: true }) // ['fill', 'font']
 */
export function groupsOf(format: CellFormat): PropGroup[] {
  return PROP_GROUPS.filter((g) => GROUP_PROPS[g].some((p) => format[p] !== undefined));
}

/**
 * A format with only the given groups' properties (those the format has).
 * @example pickGroups({ fill: null, bold: true }, ['font']) // { bold: true }
 */
export function pickGroups(format: CellFormat, groups: Iterable<PropGroup>): CellFormat {
  const out: CellFormat = {};
  for (const g of groups) for (const p of GROUP_PROPS[g]) if (format[p] !== undefined) (out as Record<string, unknown>)[p] = format[p];
  return out;
}

/**
 * True when `current` agrees with `wanted` on every property of `group` that `wanted` sets. Colours compare
 * without case; a missing fill, border or link on `current` counts as none.
 * @example sameGroup({ fill: { color: 'ffc7ce' } }, { fill: { color: 'FFC7CE' } }, 'fill') // true
 */
export function sameGroup(current: CellFormat, wanted: CellFormat, group: PropGroup): boolean {
  for (const p of GROUP_PROPS[group]) {
    const w = wanted[p];
    if (w === undefined) continue;
    if (!sameValue(p, current[p], w)) return false;
  }
  return true;
}

function sameValue(prop: keyof CellFormat, a: unknown, b: unknown): boolean {
  switch (prop) {
    case 'fill':
      return sameFill((a as Fill | null | undefined) ?? null, (b as Fill | null | undefined) ?? null);
    case 'fontColor':
      return colour((a as string | null | undefined) ?? null) === colour((b as string | null | undefined) ?? null);
    case 'borders':
      return sameBorders((a as Borders | null | undefined) ?? null, (b as Borders | null | undefined) ?? null);
    case 'bold':
    case 'italic':
    case 'underline':
    case 'wrap':
      return !!a === !!b;
    case 'link':
    case 'note':
    case 'verticalAlignment':
      return (a ?? null) === (b ?? null);
    default:
      return a === b;
  }
}

function colour(c: string | null): string | null {
  if (c === null) return null;
  const hex = c.replace(/^#/, '').toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex;
}

function sameFill(a: Fill | null, b: Fill | null): boolean {
  if (a === null || b === null) return a === b;
  const pa = (a.pattern ?? 'solid').toLowerCase();
  const pb = (b.pattern ?? 'solid').toLowerCase();
  if (pa !== pb) return false;
  if (colour(a.color) !== colour(b.color)) return false;
  return pa === 'solid' || colour(a.patternColor ?? null) === colour(b.patternColor ?? null);
}

function sameEdge(a: BorderEdge | null | undefined, b: BorderEdge | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.style === b.style && colour(a.color) === colour(b.color);
}

function sameBorders(a: Borders | null, b: Borders | null): boolean {
  const x = a ?? {};
  const y = b ?? {};
  return sameEdge(x.top, y.top) && sameEdge(x.bottom, y.bottom) && sameEdge(x.left, y.left) && sameEdge(x.right, y.right);
}

/**
 * A plan style as a cell format: fill, font (colour, bold, italic), four equal border edges.
 * @example styleToFormat({ fill: 'FFC7CE', fontColor: '9C0006' }) // { fill: { color: 'FFC7CE' }, fontColor: '9C0006' }
 */
export function styleToFormat(style: CellStyle): CellFormat {
  const out: CellFormat = {};
  if (style.fill) out.fill = { color: style.fill };
  if (style.fontColor) out.fontColor = style.fontColor;
  if (style.bold) out.bold = true;
  if (style.italic) out.italic = true;
  if (style.border) {
    const edge: BorderEdge = { style: style.border.style, color: style.border.color };
    out.borders = { top: edge, bottom: edge, left: edge, right: edge };
  }
  return out;
}

/**
 * Lays `over` on top of `base`, property by property (later marks win where they overlap).
 * @example mergeFormats({ fill: { color: 'EBF7EE' } }, { fill: { color: 'FFC7CE' }, bold: true }) // { fill: { color: 'FFC7CE' }, bold: true }
 */
export function mergeFormats(base: CellFormat, over: CellFormat): CellFormat {
  const out: CellFormat = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A stable text key for a format, to group cells that get the same one. */
export function formatKey(format: CellFormat): string {
  const keys = Object.keys(format).sort() as Array<keyof CellFormat>;
  return JSON.stringify(keys.map((k) => [k, format[k]]));
}

/** A format with the link and note left out (they travel separately in a write batch). */
export function withoutLinkAndNote(format: CellFormat): CellFormat {
  const { link: _l, note: _n, ...rest } = format;
  void _l;
  void _n;
  return rest;
}
