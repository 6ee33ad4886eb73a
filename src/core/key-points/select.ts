/**
 * Maximal Marginal Relevance: pick the best sentence, then repeatedly the one that best trades relevance against
 * overlap with what is already picked, so three key points do not say the same thing three times.
 * Only the POOL_SIZE best candidates are considered, keeping cost at O(n log n + pool · k).
 */
import type { Analysed } from './score';
import { cosine } from './vectors';
import { POOL_SIZE, WEIGHTS } from './weights';

export function selectMmr(items: readonly Analysed[], scores: readonly number[], k: number): number[] {
  const pool = scores
    .map((s, i) => ({ s, i }))
    .filter((x) => Number.isFinite(x.s))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, Math.max(POOL_SIZE, k));
  if (pool.length === 0) return [];
  // Relevance is rescaled to [0, 1] within the pool so that lambda means the same for every article.
  const top = pool[0]?.s ?? 0;
  const bottom = pool[pool.length - 1]?.s ?? 0;
  const span = top - bottom || 1;
  const chosen: number[] = [];
  const maxSim = new Float64Array(pool.length);
  const used = new Uint8Array(pool.length);
  while (chosen.length < k && chosen.length < pool.length) {
    let best = -1;
    let bestVal = -Infinity;
    pool.forEach((p, j) => {
      // A near-duplicate of a pick is never worth a slot, however relevant (captions restating the lead).
      if (used[j] || (maxSim[j] ?? 0) > WEIGHTS.duplicate) return;
      const lambda = WEIGHTS.mmrLambda;
      const val = lambda * ((p.s - bottom) / span) - (1 - lambda) * (maxSim[j] ?? 0);
      if (val > bestVal) { bestVal = val; best = j; }
    });
    const pick = pool[best];
    if (!pick) break;
    used[best] = 1;
    chosen.push(pick.i);
    const a = items[pick.i] as Analysed;
    pool.forEach((p, j) => {
      if (used[j]) return;
      const b = items[p.i] as Analysed;
      maxSim[j] = Math.max(maxSim[j] ?? 0, cosine(a.vector, b.vector, a.norm, b.norm));
    });
  }
  return chosen;
}
