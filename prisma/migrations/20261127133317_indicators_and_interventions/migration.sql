-- CreateTable
CREATE TABLE "SceneIndicator" (
    "id" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "periodFrom" DATE,
    "periodTo" DATE,
    "sampleSize" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SceneIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "description" TEXT NOT NULL,
    "effect" TEXT,
    "evaluation" TEXT,
    "evaluatedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SceneIndicator_year_indicator_idx" ON "SceneIndicator"("year", "indicator");

-- CreateIndex
CREATE UNIQUE INDEX "SceneIndicator_sceneId_year_indicator_key" ON "SceneIndicator"("sceneId", "year", "indicator");

-- CreateIndex
CREATE INDEX "Intervention_sceneId_idx" ON "Intervention"("sceneId");

-- CreateIndex
CREATE INDEX "Intervention_type_idx" ON "Intervention"("type");

-- CreateIndex
CREATE INDEX "Intervention_startDate_idx" ON "Intervention"("startDate");

-- AddForeignKey
ALTER TABLE "SceneIndicator" ADD CONSTRAINT "SceneIndicator_sceneId_fkey" FOREIGN KEY ("sceneId") REFERENCES "Scene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_sceneId_fkey" FOREIGN KEY ("sceneId") REFERENCES "Scene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
