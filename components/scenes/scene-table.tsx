import Link from "next/link";
import { DataTable, type Column, type SortDirection } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";
import type { SceneListRow } from "@/lib/scenes/queries";
import type { SceneFilters } from "@/lib/scenes/schemas";
import { StatusBadge } from "./status-badge";

const t = messages.scenes;

type SortKey = SceneFilters["sort"];

type Props = {
  rows: SceneListRow[];
  sort: SortKey;
  dir: SortDirection;
  sortHref: (sort: SortKey, dir: SortDirection) => string;
};

const columns: (Omit<Column<SceneListRow>, "sort"> & { sortKey?: SortKey })[] = [
  { header: t.ref, sortKey: "ref", className: "font-mono text-sm", cell: (scene) => scene.ref },
  {
    header: t.name,
    sortKey: "name",
    cell: (scene) => (
      <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="text-blue-800 underline">
        {scene.name}
      </Link>
    ),
  },
  { header: t.municipality, sortKey: "municipality", cell: (scene) => scene.municipality.name },
  { header: t.policeArea, sortKey: "policeArea", cell: (scene) => scene.policeArea.name },
  { header: t.district, cell: (scene) => scene.district?.name ?? "—" },
  { header: t.status, cell: (scene) => <StatusBadge status={scene.status} /> },
  { header: t.firstYear, sortKey: "firstYear", cell: (scene) => `${scene.firstYear}${scene.lastYear ? `–${scene.lastYear}` : ""}` },
  {
    header: t.area,
    sortKey: "area",
    className: "whitespace-nowrap",
    cell: (scene) => (scene.areaM2 !== null ? formatArea(scene.areaM2) : "—"),
  },
];

/** The scenes, sortable by their column headers (links, so sorting works without JavaScript). */
export function SceneTable({ rows, sort, dir, sortHref }: Props) {
  const sortable = columns.map(({ sortKey, ...column }) =>
    sortKey
      ? { ...column, sort: { active: sortKey === sort ? dir : undefined, href: (next: SortDirection) => sortHref(sortKey, next) } }
      : column,
  );
  return <DataTable caption={t.title} columns={sortable} rows={rows} rowKey={(scene) => scene.id} />;
}
