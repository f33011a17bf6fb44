-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'COSIGNED');

-- CreateEnum
CREATE TYPE "SignatureDecision" AS ENUM ('SUBMITTED', 'COSIGNED', 'RETURNED', 'REOPENED');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "comment" TEXT;

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "year" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL,
    "isOpenDrugScene" BOOLEAN,
    "development" TEXT,
    "mainSubstance" TEXT,
    "extent" JSONB,
    "areaM2" DOUBLE PRECISION,
    "municipalityCode" CHAR(4) NOT NULL,
    "policeAreaId" TEXT NOT NULL,
    "districtId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "cosignedAt" TIMESTAMP(3),

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentSignature" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "decision" "SignatureDecision" NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assessment_year_status_idx" ON "Assessment"("year", "status");

-- CreateIndex
CREATE INDEX "Assessment_municipalityCode_idx" ON "Assessment"("municipalityCode");

-- CreateIndex
CREATE INDEX "Assessment_policeAreaId_idx" ON "Assessment"("policeAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_sceneId_year_key" ON "Assessment"("sceneId", "year");

-- CreateIndex
CREATE INDEX "AssessmentSignature_assessmentId_at_idx" ON "AssessmentSignature"("assessmentId", "at");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_sceneId_fkey" FOREIGN KEY ("sceneId") REFERENCES "Scene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_year_fkey" FOREIGN KEY ("year") REFERENCES "QuestionnaireVersion"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSignature" ADD CONSTRAINT "AssessmentSignature_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
