-- AlterTable: boundaries imported before this migration get their bounding box from their own
-- coordinates (a Polygon's positions are at depth 3, a MultiPolygon's at depth 4), then the
-- columns become required.
ALTER TABLE "MunicipalityBoundary" ADD COLUMN     "maxLat" DOUBLE PRECISION,
ADD COLUMN     "maxLng" DOUBLE PRECISION,
ADD COLUMN     "minLat" DOUBLE PRECISION,
ADD COLUMN     "minLng" DOUBLE PRECISION;

UPDATE "MunicipalityBoundary" AS b SET
    "minLng" = p."minLng", "minLat" = p."minLat", "maxLng" = p."maxLng", "maxLat" = p."maxLat"
FROM (
    SELECT "code",
        MIN((pos->>0)::float8) AS "minLng", MIN((pos->>1)::float8) AS "minLat",
        MAX((pos->>0)::float8) AS "maxLng", MAX((pos->>1)::float8) AS "maxLat"
    FROM "MunicipalityBoundary",
        jsonb_path_query("geometry", CASE WHEN "geometry"->>'type' = 'Polygon' THEN '$.coordinates[*][*]' ELSE '$.coordinates[*][*][*]' END::jsonpath) AS pos
    GROUP BY "code"
) AS p
WHERE b."code" = p."code";

ALTER TABLE "MunicipalityBoundary" ALTER COLUMN "maxLat" SET NOT NULL,
ALTER COLUMN "maxLng" SET NOT NULL,
ALTER COLUMN "minLat" SET NOT NULL,
ALTER COLUMN "minLng" SET NOT NULL;

-- CreateTable
CREATE TABLE "DistrictBoundary" (
    "districtId" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "minLng" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "maxLng" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictBoundary_pkey" PRIMARY KEY ("districtId")
);

-- CreateTable
CREATE TABLE "CityPart" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "policeAreaId" TEXT NOT NULL,
    "policeAreaBefore2025Id" TEXT,
    "geometry" JSONB NOT NULL,
    "minLng" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "maxLng" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CityPart_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DistrictBoundary_minLng_maxLng_minLat_maxLat_idx" ON "DistrictBoundary"("minLng", "maxLng", "minLat", "maxLat");

-- CreateIndex
CREATE UNIQUE INDEX "CityPart_name_key" ON "CityPart"("name");

-- CreateIndex
CREATE INDEX "CityPart_minLng_maxLng_minLat_maxLat_idx" ON "CityPart"("minLng", "maxLng", "minLat", "maxLat");

-- CreateIndex
CREATE INDEX "CityPart_districtId_idx" ON "CityPart"("districtId");

-- CreateIndex
CREATE INDEX "MunicipalityBoundary_minLng_maxLng_minLat_maxLat_idx" ON "MunicipalityBoundary"("minLng", "maxLng", "minLat", "maxLat");

-- AddForeignKey
ALTER TABLE "DistrictBoundary" ADD CONSTRAINT "DistrictBoundary_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPart" ADD CONSTRAINT "CityPart_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPart" ADD CONSTRAINT "CityPart_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPart" ADD CONSTRAINT "CityPart_policeAreaBefore2025Id_fkey" FOREIGN KEY ("policeAreaBefore2025Id") REFERENCES "PoliceArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;
