/**
 * Memoises a pure function of a string. Plans repeat the same words on many rows ("Bi monthly", "Complete",
 * "Business Group"), so each distinct text is read once. The cache is emptied when it grows past `limit`.
 *
 * @example const upper = memoByText((s: string) => s.toUpperCase()); upper('a') // 'A'
 */
export function memoByText<T>(f: (text: string) => T, limit = 20_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = f(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
