import type { Metadata } from "next";
import Link from "next/link";
import { SceneTable } from "@/components/scenes/scene-table";
import { areaFilterFields, FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { listFilterOptions } from "@/lib/areas/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { listScenes } from "@/lib/scenes/queries";
import { SCENE_STATUSES } from "@/lib/scenes/status";
import { sceneFiltersSchema, type SceneFilters as Filters } from "@/lib/scenes/schemas";
import { buildHref } from "@/lib/url/href";
import { toYearQuery } from "@/lib/url/year";
import { listYears } from "@/lib/years";

const t = messages.scenes;
export const metadata: Metadata = { title: t.title };

export default async function ScenesPage({ searchParams }: PageProps<"/platser">) {
  const user = await requirePermission("scene:list");
  const filters = sceneFiltersSchema.parse(await searchParams);
  const [{ rows, total, pages }, options] = await Promise.all([listScenes(user, filters), listFilterOptions()]);
  const href = (changes: Partial<Filters>) => buildHref("/platser", toYearQuery({ ...filters, ...changes }));
  const area = areaFilterFields(options, listYears(), filters);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1>{t.title}</h1>
        {can(user, "scene:create") && (
          <Link href="/platser/ny" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {t.newScene}
          </Link>
        )}
      </div>
      <FilterForm
        action="/platser"
        hidden={{ sort: filters.sort, dir: filters.dir }}
        fields={[
          area.municipality,
          area.policeArea,
          {
            name: "district",
            label: t.district,
            value: filters.district,
            options: options.districts.map((d) => ({ value: d.id, label: d.name })),
          },
          {
            name: "status",
            label: t.status,
            value: filters.status,
            options: SCENE_STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          },
          area.year,
        ]}
      />
      <p className="mb-2" aria-live="polite">
        {t.results(total)}
      </p>
      {rows.length > 0 ? (
        <SceneTable rows={rows} sort={filters.sort} dir={filters.dir} sortHref={(sort, dir) => href({ sort, dir, page: 1 })} />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.empty}</p>
      )}
      <Pagination page={filters.page} pages={pages} href={(page) => href({ page })} />
    </>
  );
}
