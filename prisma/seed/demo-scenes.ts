import { existsSync } from "node:fs";
import path from "node:path";
import type { Polygon } from "geojson";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { computeAreaM2 } from "@/lib/scenes/geometry";
import { importBoundariesFromFile } from "@/lib/map/import-boundaries";

// A handful of scenes in the demo accounts' areas (Järva, Järfälla, Södermalm) so that a newcomer
// sees a live map. Places are real squares and centres; extents are drawn as simple rectangles.

export type DemoScene = {
  number: number;
  name: string;
  description: string;
  municipalityCode: string;
  policeArea: string;
  district?: string;
  lat: number;
  lng: number;
  size: [number, number];
  firstYear: number;
  status?: "CLOSED" | "MERGED";
  lastYear?: number;
  mergedInto?: number;
};

export const demoScenes: DemoScene[] = [
  {
    number: 1,
    name: "Rinkeby torg",
    description: "Torget och gångstråket mot tunnelbanan.",
    municipalityCode: "0180",
    policeArea: "Järva",
    district: "Järva",
    lat: 59.388,
    lng: 17.9285,
    size: [140, 90],
    firstYear: 2021,
  },
  {
    number: 2,
    name: "Tensta centrum",
    description: "Centrumanläggningen och Tensta allé.",
    municipalityCode: "0180",
    policeArea: "Järva",
    district: "Järva",
    lat: 59.3946,
    lng: 17.901,
    size: [120, 80],
    firstYear: 2021,
  },
  {
    number: 3,
    name: "Husby centrum",
    description: "Husby torg och uppgångarna till tunnelbanan.",
    municipalityCode: "0180",
    policeArea: "Järva",
    district: "Järva",
    lat: 59.4098,
    lng: 17.926,
    size: [100, 70],
    firstYear: 2022,
  },
  {
    number: 4,
    name: "Kista gångtunnel",
    description: "Gångtunneln under Kistagången.",
    municipalityCode: "0180",
    policeArea: "Järva",
    district: "Järva",
    lat: 59.403,
    lng: 17.944,
    size: [60, 30],
    firstYear: 2021,
    status: "CLOSED",
    lastYear: 2023,
  },
  {
    number: 5,
    name: "Jakobsbergs centrum",
    description: "Torget vid pendeltågsstationen.",
    municipalityCode: "0123",
    policeArea: "Järfälla",
    lat: 59.4225,
    lng: 17.835,
    size: [130, 100],
    firstYear: 2021,
  },
  {
    number: 6,
    name: "Barkarby station",
    description: "Busstorget och gångbron vid stationen.",
    municipalityCode: "0123",
    policeArea: "Järfälla",
    lat: 59.4036,
    lng: 17.869,
    size: [90, 60],
    firstYear: 2023,
  },
  {
    number: 7,
    name: "Medborgarplatsen",
    description: "Platsen och parken mot Björns trädgård.",
    municipalityCode: "0180",
    policeArea: "Södermalm",
    district: "Södermalm",
    lat: 59.3143,
    lng: 18.0735,
    size: [160, 110],
    firstYear: 2021,
  },
  {
    number: 8,
    name: "Mariatorget",
    description: "Parken vid Mariatorget.",
    municipalityCode: "0180",
    policeArea: "Södermalm",
    district: "Södermalm",
    lat: 59.317,
    lng: 18.063,
    size: [120, 90],
    firstYear: 2021,
    status: "MERGED",
    lastYear: 2023,
    mergedInto: 7,
  },
  {
    number: 9,
    name: "Skanstull",
    description: "Ringvägen och uppgångarna vid Skanstull.",
    municipalityCode: "0180",
    policeArea: "Södermalm",
    district: "Södermalm",
    lat: 59.3079,
    lng: 18.0762,
    size: [90, 70],
    firstYear: 2022,
  },
];

/** A rectangle of the given width and height in metres around a point. */
function rectangle(lat: number, lng: number, [width, height]: [number, number]): Polygon {
  const dLat = height / 2 / 111_320;
  const dLng = width / 2 / (111_320 * Math.cos((lat * Math.PI) / 180));
  const ring = [
    [lng - dLng, lat - dLat],
    [lng + dLng, lat - dLat],
    [lng + dLng, lat + dLat],
    [lng - dLng, lat + dLat],
    [lng - dLng, lat - dLat],
  ];
  return { type: "Polygon", coordinates: [ring.map(([x, y]) => [Number(x!.toFixed(6)), Number(y!.toFixed(6))])] };
}

export const ref = (n: number) => `S-${String(n).padStart(4, "0")}`;

/** Upserts the demo's scenes (by default the nine in the demo accounts' areas) by reference. */
export async function seedDemoScenes(db: PrismaClient, scenes: DemoScene[] = demoScenes): Promise<void> {
  const [areas, districts] = await Promise.all([db.policeArea.findMany(), db.district.findMany()]);
  const areaId = (name: string) => areas.find((a) => a.name === name)!.id;
  const districtId = (name?: string) => (name ? districts.find((d) => d.name === name)!.id : null);
  await db.$transaction(async (tx) => {
    for (const s of scenes) {
      const extent = rectangle(s.lat, s.lng, s.size);
      const data = {
        number: s.number,
        name: s.name,
        description: s.description,
        municipalityCode: s.municipalityCode,
        policeAreaId: areaId(s.policeArea),
        districtId: districtId(s.district),
        lat: s.lat,
        lng: s.lng,
        extent: extent as unknown as Prisma.InputJsonObject,
        areaM2: computeAreaM2(extent),
        firstYear: s.firstYear,
        status: s.status ?? ("ACTIVE" as const),
        lastYear: s.lastYear ?? null,
      };
      await tx.scene.upsert({ where: { ref: ref(s.number) }, create: { ref: ref(s.number), ...data }, update: data });
    }
    for (const s of scenes.filter((d) => d.mergedInto)) {
      const from = await tx.scene.findUniqueOrThrow({ where: { ref: ref(s.number) } });
      const to = await tx.scene.findUniqueOrThrow({ where: { ref: ref(s.mergedInto!) } });
      const link = { kind: "MERGED_INTO" as const, year: s.lastYear! };
      await tx.sceneLink.upsert({
        where: { fromId_toId: { fromId: from.id, toId: to.id } },
        create: { fromId: from.id, toId: to.id, ...link },
        update: link,
      });
    }
    // The demo numbers were given explicitly: move the sequence past them so new references follow.
    await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"Scene"', 'number'), (SELECT MAX(number) FROM "Scene"))`;
  });
}

/**
 * The demo's boundaries: the municipalities when SCB's file (CC BY, not part of the project) lies
 * beside it, and Stockholm city's district areas and stadsdelar shipped in prisma/seed/geo (CC0).
 */
export async function seedDemoBoundaries(db: PrismaClient): Promise<void> {
  const files = [
    path.resolve("../shared/data/stockholms-lan-kommuner.geojson"),
    path.resolve("prisma/seed/geo/stockholm-stadsdelsomraden.geojson"),
    path.resolve("prisma/seed/geo/stockholm-stadsdelar.geojson"),
  ];
  for (const file of files.filter((f) => existsSync(f))) {
    const result = await importBoundariesFromFile(file, db);
    if (!result.ok) throw new Error(result.errors.join("\n"));
  }
}
