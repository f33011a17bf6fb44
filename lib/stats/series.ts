// The series against the goal, judged year by year: the goal is fewer scenes every year, so each
// year is compared with the one before it. Pure and client-safe.

export type SeriesPoint = { year: number; scenes: number; preliminary: boolean };

export type JudgedPoint = SeriesPoint & {
  /** The year before's count, or null when the year before has no data (the first year). */
  previous: number | null;
  verdict: "on-track" | "off-track" | "first" | "preliminary";
};

export function judgeSeries(series: SeriesPoint[]): JudgedPoint[] {
  const byYear = new Map(series.map((p) => [p.year, p.scenes]));
  return series.map((point) => {
    const previous = byYear.get(point.year - 1) ?? null;
    const verdict = point.preliminary ? "preliminary" : previous === null ? "first" : point.scenes < previous ? "on-track" : "off-track";
    return { ...point, previous, verdict };
  });
}
