/**
 * A short, stable hash of texts (FNV-1a, 32 bits, as hex). Not for security: it tells whether text changed, and
 * identifies a row by its content so the session can find it again after rows are inserted or sorted.
 *
 * @example hashTexts(['1.1', 'Review the threshold document']) // 'b3a1…' (8 hex digits)
 */
export function hashTexts(texts: readonly string[]): string {
  let h = 2166136261;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    h ^= 10;
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
