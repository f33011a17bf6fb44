import { DashboardMap } from "@/components/map/dashboard-map";
import type { TileConfig } from "@/lib/map/types";
import type { Dashboard } from "@/lib/stats/dashboard";
import { messages } from "@/lib/i18n";
import { AreaTable } from "./area-table";
import { CollaborationPanels } from "./collaboration-panels";
import { CountBars } from "./count-bars";
import { KeyFigures } from "./key-figures";
import { OutcomePanels } from "./outcome-panels";
import { limitRows, type RowLimit } from "./row-limit";
import { SeriesChart } from "./series-chart";
import { YearStatus } from "./year-status";

const t = messages.dashboard;

/** The year's figures, tables, charts and map: shared by the dashboard and the printed report. */
export function DashboardView({ data, tiles, limit = null }: { data: Dashboard; tiles: TileConfig; limit?: RowLimit }) {
  const { stats } = data;
  const municipalities = limitRows("kommuner", stats.byMunicipality, limit);
  const policeAreas = limitRows("lokalpolisomraden", stats.byPoliceArea, limit);
  const districts = limitRows("stadsdelsomraden", stats.byDistrict, limit);
  return (
    <div className="flex flex-col gap-8">
      <YearStatus stats={stats} />
      <KeyFigures stats={stats} municipalityCount={stats.byMunicipality.length} />
      <section aria-labelledby="goal-heading" className="break-inside-avoid">
        <h2 id="goal-heading" className="mb-1">
          {t.goalTitle}
        </h2>
        <p className="mb-3 text-slate-700">{t.goalText}</p>
        <SeriesChart series={data.series} selectedYear={stats.year} />
      </section>
      <section aria-labelledby="map-heading" className="break-inside-avoid">
        <h2 id="map-heading" className="mb-3">
          {t.mapTitle(stats.year)}
        </h2>
        <DashboardMap year={stats.year} label={t.mapLabel(stats.year)} height="30rem" tiles={tiles} />
      </section>
      <AreaTable
        id="kommuner"
        caption={t.byMunicipality}
        areaLabel={t.municipality}
        year={stats.year}
        complete={stats.complete}
        rows={municipalities.shown.map((m) => ({ ...m, key: m.code, name: `${m.name} (${m.code})` }))}
        more={municipalities.more}
      />
      <AreaTable
        id="lokalpolisomraden"
        caption={t.byPoliceArea}
        areaLabel={t.policeArea}
        extraLabel={t.policeDistrict}
        year={stats.year}
        complete={stats.complete}
        rows={policeAreas.shown.map((p) => ({ ...p, key: p.name, extra: p.policeDistrict }))}
        more={policeAreas.more}
      />
      <AreaTable
        id="stadsdelsomraden"
        caption={t.byDistrict}
        areaLabel={t.district}
        year={stats.year}
        complete={stats.complete}
        rows={districts.shown.map((d) => ({ ...d, key: d.name }))}
        more={districts.more}
      />
      <OutcomePanels
        year={stats.year}
        outcomes={stats.outcomes}
        byMunicipality={data.outcomesByMunicipality}
        byPoliceArea={data.outcomesByPoliceArea}
        limit={limit}
      />
      <CollaborationPanels data={data.collaboration} limit={limit} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <CountBars id="substances" title={t.substancesTitle} rows={data.substances} />
        <CountBars id="symptoms" title={t.symptomsTitle} rows={data.symptoms} />
      </div>
    </div>
  );
}
