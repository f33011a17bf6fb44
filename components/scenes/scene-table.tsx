import Link from "next/link";
import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";
import type { SceneListRow } from "@/lib/scenes/queries";
import type { SceneFilters } from "@/lib/scenes/schemas";
import { StatusBadge } from "./status-badge";

const t = messages.scenes;

type Props = {
  rows: SceneListRow[];
  sort: SceneFilters["sort"];
  dir: SceneFilters["dir"];
  sortHref: (sort: SceneFilters["sort"], dir: SceneFilters["dir"]) => string;
};

const columns: { key: SceneFilters["sort"] | null; label: string }[] = [
  { key: "ref", label: t.ref },
  { key: "name", label: t.name },
  { key: "municipality", label: t.municipality },
  { key: "policeArea", label: t.policeArea },
  { key: null, label: t.district },
  { key: null, label: t.status },
  { key: "firstYear", label: t.firstYear },
  { key: "area", label: t.area },
];

export function SceneTable({ rows, sort, dir, sortHref }: Props) {
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{t.title}</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            {columns.map(({ key, label }) => {
              const active = key === sort;
              return (
                <th
                  key={label}
                  scope="col"
                  className="px-3 py-2"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  {key ? (
                    <Link href={sortHref(key, active && dir === "asc" ? "desc" : "asc")} className="text-blue-900 underline">
                      {label}
                      {active && <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span>}
                    </Link>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((scene) => (
            <tr key={scene.id} className="border-b border-slate-200 last:border-0">
              <td className="px-3 py-2 font-mono text-sm">{scene.ref}</td>
              <td className="px-3 py-2">
                <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="text-blue-800 underline">
                  {scene.name}
                </Link>
              </td>
              <td className="px-3 py-2">{scene.municipality.name}</td>
              <td className="px-3 py-2">{scene.policeArea.name}</td>
              <td className="px-3 py-2">{scene.district?.name ?? "—"}</td>
              <td className="px-3 py-2">
                <StatusBadge status={scene.status} />
              </td>
              <td className="px-3 py-2">
                {scene.firstYear}
                {scene.lastYear ? `–${scene.lastYear}` : ""}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{scene.areaM2 !== null ? formatArea(scene.areaM2) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
