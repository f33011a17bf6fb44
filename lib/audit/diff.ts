// What an audit event changed: the top-level fields whose values differ between the snapshots
// before and after. Pure, so the history page and the log render the same reading of an event.

export type SnapshotChange = { key: string; before: unknown; after: unknown };

/** Fields compared one level deeper, as `answers.<code>`: a questionnaire is read per answer. */
const NESTED_KEYS = new Set(["answers"]);

type Snapshot = Record<string, unknown>;

function isRecord(value: unknown): value is Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isEqualJson(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => isEqualJson(a[key], b[key]));
}

/** Keys of both records, after's order first, so a change reads in the snapshot's field order. */
function keysOf(before: Snapshot, after: Snapshot): string[] {
  return [...new Set([...Object.keys(after), ...Object.keys(before)])];
}

function diffRecords(before: Snapshot, after: Snapshot, prefix = ""): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  for (const key of keysOf(before, after)) {
    const b = before[key];
    const a = after[key];
    if (isEqualJson(b, a)) continue;
    if (!prefix && NESTED_KEYS.has(key) && (isRecord(b) || b == null) && (isRecord(a) || a == null)) {
      changes.push(...diffRecords(isRecord(b) ? b : {}, isRecord(a) ? a : {}, `${key}.`));
    } else {
      changes.push({ key: `${prefix}${key}`, before: b, after: a });
    }
  }
  return changes;
}

/**
 * The changed fields between two snapshots. A missing snapshot (an event that created or only
 * read the record) counts as empty, so a creation lists every field with `before: undefined`.
 */
export function diffSnapshots(before: unknown, after: unknown): SnapshotChange[] {
  return diffRecords(isRecord(before) ? before : {}, isRecord(after) ? after : {});
}
