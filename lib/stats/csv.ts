import { toCsv } from "@/lib/exports/csv";
import type { YearStats } from "./year-stats";

// `GET /api/v1/stats/{year}.csv`: the per-area rows of the JSON, one table with the area's kind.

const header = ["year", "area_type", "code", "name", "police_district", "scenes", "previous_year", "change"];

export function statsToCsv(stats: YearStats): string {
  const rows = [
    ...stats.byMunicipality.map((m) => [stats.year, "municipality", m.code, m.name, null, m.scenes, m.previousYear, m.change]),
    ...stats.byPoliceArea.map((p) => [stats.year, "police_area", null, p.name, p.policeDistrict, p.scenes, p.previousYear, p.change]),
    ...stats.byDistrict.map((d) => [stats.year, "district", null, d.name, null, d.scenes, d.previousYear, d.change]),
  ];
  return toCsv(header, rows);
}

/** How many area rows the year's figures hold: the CSV's lines, the JSON's by-area entries. */
export function statsRowCount(stats: YearStats): number {
  return stats.byMunicipality.length + stats.byPoliceArea.length + stats.byDistrict.length;
}
