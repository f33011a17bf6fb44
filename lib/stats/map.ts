import "server-only";
import type { Polygon } from "geojson";
import type { MapScene } from "@/components/map/types";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScope } from "@/lib/scenes/scope";
import { countingAssessmentWhere } from "./counting-where";

/** The scenes that count in a year, with that year's extent, for the dashboard's map. */
export async function listCountedScenes(user: SessionUser, year: number): Promise<MapScene[]> {
  const rows = await db.assessment.findMany({
    where: { ...countingAssessmentWhere(year), scene: sceneScope(user) },
    select: {
      extent: true,
      areaM2: true,
      municipality: { select: { name: true } },
      policeArea: { select: { name: true } },
      scene: { select: { id: true, ref: true, name: true, status: true, lat: true, lng: true } },
    },
    orderBy: { scene: { number: "asc" } },
  });
  return rows.map((r) => ({
    ...r.scene,
    extent: r.extent as Polygon | null,
    areaM2: r.areaM2,
    municipalityName: r.municipality.name,
    policeAreaName: r.policeArea.name,
  }));
}
