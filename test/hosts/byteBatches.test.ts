/**
 * A part written in pieces is encoded piece by piece into buffers of about 1 MB (opc.ts `byteBatches`): the bytes
 * must be those of the pieces joined and encoded at once, whatever the pieces hold and however they are cut.
 */
import fc from 'fast-check';
import { byteBatches } from '../../src/hosts/xlsx/opc';

const joined = (pieces: Array<string | Buffer>) => Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
const batched = (pieces: Array<string | Buffer>, batch?: number) => Buffer.concat([...byteBatches({ pieces: () => pieces }, batch)]);

test.each([
  ['ASCII', ['<c r="A1">', '<v>1</v>', '</c>']],
  ['accents and dashes', ['Café — ', 'naïve']],
  ['an emoji whole in one piece', ['🟢 Green', ' ✅']],
  ['a surrogate pair cut between two pieces', ['status \ud83d', '\udfe2 green']],
  ['a surrogate pair cut, then bytes', ['x\ud83d', '\udfe2', Buffer.from('<raw/>'), 'y']],
  ['a lone high surrogate at the very end', ['end \ud83d']],
  ['a lone high surrogate before bytes', ['a\ud83d', Buffer.from('b')]],
  ['empty pieces', ['', 'a', '', Buffer.alloc(0), 'b']],
])('%s: the same bytes as the pieces joined', (_why, pieces) => {
  expect(
    batched(pieces as Array<string | Buffer>).equals(
      Buffer.from((pieces as Array<string | Buffer>).map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join(''), 'utf8'),
    ),
  ).toBe(true);
});

test('any pieces, any batch size: the same bytes as the pieces joined', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.uint8Array({ maxLength: 20 }).map((a) => Buffer.from(a)),
  );
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 64 }), (pieces, batch) => {
      const text = pieces.filter((p): p is string => typeof p === 'string').join('');
      fc.pre(text.length > 0);
      // the strings joined (not cut) are the reference where bytes come between them: compare with that join
      const reference = Buffer.concat(mergeStrings(pieces).map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
      expect(batched(pieces, batch).equals(reference)).toBe(true);
    }),
  );
});

/** Adjacent strings joined: what encoding the joined text gives (a pair cut between pieces is a pair again). */
function mergeStrings(pieces: Array<string | Buffer>): Array<string | Buffer> {
  const out: Array<string | Buffer> = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

test('joined is a fair reference: it differs from piece-by-piece encoding when a pair is cut', () => {
  const pieces = ['\ud83d', '\udfe2'];
  expect(joined(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(false);
});
