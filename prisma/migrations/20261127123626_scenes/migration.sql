-- CreateEnum
CREATE TYPE "SceneStatus" AS ENUM ('ACTIVE', 'CLOSED', 'MERGED', 'SPLIT');

-- CreateEnum
CREATE TYPE "SceneLinkKind" AS ENUM ('MERGED_INTO', 'SPLIT_INTO');

-- CreateTable
CREATE TABLE "MunicipalityBoundary" (
    "code" CHAR(4) NOT NULL,
    "geometry" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MunicipalityBoundary_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Scene" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "municipalityCode" CHAR(4) NOT NULL,
    "policeAreaId" TEXT NOT NULL,
    "districtId" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "extent" JSONB,
    "areaM2" DOUBLE PRECISION,
    "firstYear" INTEGER NOT NULL,
    "status" "SceneStatus" NOT NULL DEFAULT 'ACTIVE',
    "lastYear" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scene_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SceneLink" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" "SceneLinkKind" NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "SceneLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scene_number_key" ON "Scene"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Scene_ref_key" ON "Scene"("ref");

-- CreateIndex
CREATE INDEX "Scene_municipalityCode_idx" ON "Scene"("municipalityCode");

-- CreateIndex
CREATE INDEX "Scene_policeAreaId_idx" ON "Scene"("policeAreaId");

-- CreateIndex
CREATE INDEX "Scene_status_idx" ON "Scene"("status");

-- CreateIndex
CREATE INDEX "SceneLink_toId_idx" ON "SceneLink"("toId");

-- AddForeignKey
ALTER TABLE "MunicipalityBoundary" ADD CONSTRAINT "MunicipalityBoundary_code_fkey" FOREIGN KEY ("code") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scene" ADD CONSTRAINT "Scene_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scene" ADD CONSTRAINT "Scene_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scene" ADD CONSTRAINT "Scene_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SceneLink" ADD CONSTRAINT "SceneLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Scene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SceneLink" ADD CONSTRAINT "SceneLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Scene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
