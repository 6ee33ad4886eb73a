/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 with rouge-score conventions: lowercase, tokens are runs of [a-z0-9]
 * (everything else becomes a space), Porter stemming of tokens longer than 3 characters, clipped n-gram counts,
 * and ROUGE-Lsum as the summary-level union-LCS over reference sentences.
 */
import { porterStem } from './text/porter';

export interface RougeScore { precision: number; recall: number; f1: number }
export interface RougeScores { rouge1: RougeScore; rouge2: RougeScore; rougeLsum: RougeScore }

export function rougeTokenize(text: string): string[] {
  const toks = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  return toks.filter((t) => t.length > 0).map((t) => (t.length > 3 ? porterStem(t) : t));
}

function score(overlap: number, candTotal: number, refTotal: number): RougeScore {
  const precision = candTotal > 0 ? overlap / candTotal : 0;
  const recall = refTotal > 0 ? overlap / refTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): RougeScore {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let overlap = 0;
  for (const [k, v] of r) overlap += Math.min(v, c.get(k) ?? 0);
  return score(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Indices (into a) of one longest common subsequence of a and b, by standard DP backtracking. */
function lcsIndices(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const t = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      t[i * cols + j] = a[i - 1] === b[j - 1]
        ? (t[(i - 1) * cols + j - 1] ?? 0) + 1
        : Math.max(t[(i - 1) * cols + j] ?? 0, t[i * cols + j - 1] ?? 0);
    }
  }
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) { out.push(i - 1); i--; j--; }
    else if ((t[(i - 1) * cols + j] ?? 0) >= (t[i * cols + j - 1] ?? 0)) i--;
    else j--;
  }
  return out.reverse();
}

/**
 * Summary-level ROUGE-L: for each reference sentence, the union of its LCS hits over all candidate sentences;
 * hits are clipped by the remaining token counts on both sides (as rouge-score does).
 */
export function rougeLsum(candSents: string[][], refSents: string[][]): RougeScore {
  const candTotal = candSents.reduce((s, x) => s + x.length, 0);
  const refTotal = refSents.reduce((s, x) => s + x.length, 0);
  if (candTotal === 0 || refTotal === 0) return score(0, candTotal, refTotal);
  const candCounts = new Map<string, number>();
  const refCounts = new Map<string, number>();
  for (const s of candSents) for (const t of s) candCounts.set(t, (candCounts.get(t) ?? 0) + 1);
  for (const s of refSents) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refSents) {
    const union = new Set<number>();
    for (const cand of candSents) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((x, y) => x - y)) {
      const tok = ref[i] as string;
      const rc = refCounts.get(tok) ?? 0;
      const cc = candCounts.get(tok) ?? 0;
      if (rc > 0 && cc > 0) {
        hits++;
        refCounts.set(tok, rc - 1);
        candCounts.set(tok, cc - 1);
      }
    }
  }
  return score(hits, candTotal, refTotal);
}

/** Score candidate sentences against reference sentences (one highlight per sentence). */
export function rouge(candidate: string[], reference: string[]): RougeScores {
  const c = candidate.map(rougeTokenize);
  const r = reference.map(rougeTokenize);
  const cf = c.flat();
  const rf = r.flat();
  return { rouge1: rougeN(cf, rf, 1), rouge2: rougeN(cf, rf, 2), rougeLsum: rougeLsum(c, r) };
}
