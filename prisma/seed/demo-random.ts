// Deterministic variation for the demo's figures and answers: the same key gives the same number
// on every run and machine, so that a re-seed changes nothing and the tests can rely on the data.

/** A number in [0, 1) fixed by the key (FNV-1a, then a final mix so that similar keys differ). */
export function unit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** A factor about 1, within ±spread, fixed by the key. */
export const jitter = (key: string, spread: number) => 1 + (unit(key) * 2 - 1) * spread;
