/** Counts as labelled horizontal bars: a list a screen reader reads as "label: count". */
export function CountBars({ id, title, rows }: { id: string; title: string; rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section aria-labelledby={`bars-${id}`} className="rounded border border-slate-300 bg-white p-4">
      <h3 id={`bars-${id}`} className="mb-3 text-lg font-semibold">
        {title}
      </h3>
      <ul className="flex flex-col gap-1.5">
        {rows.map((r) => (
          <li key={r.label} className="grid grid-cols-[minmax(0,14rem)_1fr_3rem] items-center gap-3 text-sm">
            <span>{r.label}</span>
            <span aria-hidden="true" className="h-3 rounded bg-blue-800" style={{ width: `${(r.count / max) * 100}%` }} />
            <span className="text-right tabular-nums">{r.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
