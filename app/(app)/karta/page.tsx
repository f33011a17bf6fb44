import type { Metadata } from "next";
import { SceneMap } from "@/components/map/scene-map";
import { SceneTable } from "@/components/scenes/scene-table";
import { areaFilterFields, FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { listFilterOptions } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { listMunicipalityShapes } from "@/lib/map/queries";
import { getTileConfig } from "@/lib/map/tiles";
import { countScenesByMunicipality, listMapScenes, listScenes } from "@/lib/scenes/queries";
import { sceneFiltersSchema } from "@/lib/scenes/schemas";
import { buildHref } from "@/lib/url/href";
import { toYearQuery } from "@/lib/url/year";
import { listYears } from "@/lib/years";

const t = messages.mapPage;
export const metadata: Metadata = { title: t.title };

export default async function MapPage({ searchParams }: PageProps<"/karta">) {
  const user = await requirePermission("map:view");
  const { municipality, policeArea, year, sort, dir, page } = sceneFiltersSchema.parse(await searchParams);
  const filters = { municipality, policeArea, year };
  const [scenes, counts, options, table] = await Promise.all([
    listMapScenes(user, filters),
    countScenesByMunicipality(user, filters),
    listFilterOptions(),
    listScenes(user, { ...filters, sort, dir, page }),
  ]);
  const municipalities = await listMunicipalityShapes(counts);
  const area = areaFilterFields(options, listYears(), filters);
  return (
    <>
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      <FilterForm action="/karta" fields={[area.year, area.municipality, area.policeArea]} />
      <SceneMap label={t.mapLabel} height="36rem" tiles={getTileConfig(getEnv())} scenes={scenes} municipalities={municipalities} />
      {municipalities.some((m) => m.boundary) && <p className="mt-1 text-sm text-slate-600">{t.boundaryCredit}</p>}
      <h2 className="mt-8 mb-3">{t.tableCaption}</h2>
      <p className="mb-2">{messages.scenes.results(table.total)}</p>
      {table.rows.length > 0 && (
        <SceneTable
          rows={table.rows}
          sort={sort}
          dir={dir}
          sortHref={(s, d) => buildHref("/karta", toYearQuery({ ...filters, sort: s, dir: d }))}
        />
      )}
      <Pagination page={page} pages={table.pages} href={(p) => buildHref("/karta", toYearQuery({ ...filters, sort, dir, page: p }))} />
    </>
  );
}
