// "Did you mean": the closest names by edit distance.

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `n` candidates closest to `word`, ignoring case, within a distance that still looks like a typo. */
export function nearest(word: string, candidates: Iterable<string>, n = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.ceil(w.length / 2));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: c.toLowerCase().startsWith(w) ? 0.5 : editDistance(w, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}
