-- CreateEnum
CREATE TYPE "Role" AS ENUM ('POLICE_ANALYST', 'MUNICIPAL_REP', 'STEERING', 'ADMIN');

-- CreateTable
CREATE TABLE "Municipality" (
    "code" CHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "centerLat" DOUBLE PRECISION NOT NULL,
    "centerLng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PoliceDistrict" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PoliceDistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceArea" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "policeDistrictId" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "note" TEXT,

    CONSTRAINT "PoliceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityCode" CHAR(4) NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "replacedById" TEXT,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceAreaCoverage" (
    "key" TEXT NOT NULL,
    "policeAreaId" TEXT NOT NULL,
    "municipalityCode" CHAR(4) NOT NULL,
    "districtId" TEXT,
    "part" TEXT,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "PoliceAreaCoverage_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "municipalityCode" CHAR(4),
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPoliceArea" (
    "userId" TEXT NOT NULL,
    "policeAreaId" TEXT NOT NULL,

    CONSTRAINT "UserPoliceArea_pkey" PRIMARY KEY ("userId","policeAreaId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "type" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PoliceDistrict_name_key" ON "PoliceDistrict"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PoliceArea_name_key" ON "PoliceArea"("name");

-- CreateIndex
CREATE UNIQUE INDEX "District_name_key" ON "District"("name");

-- CreateIndex
CREATE INDEX "PoliceAreaCoverage_policeAreaId_idx" ON "PoliceAreaCoverage"("policeAreaId");

-- CreateIndex
CREATE INDEX "PoliceAreaCoverage_municipalityCode_idx" ON "PoliceAreaCoverage"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "PoliceArea" ADD CONSTRAINT "PoliceArea_policeDistrictId_fkey" FOREIGN KEY ("policeDistrictId") REFERENCES "PoliceDistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceAreaCoverage" ADD CONSTRAINT "PoliceAreaCoverage_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceAreaCoverage" ADD CONSTRAINT "PoliceAreaCoverage_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceAreaCoverage" ADD CONSTRAINT "PoliceAreaCoverage_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPoliceArea" ADD CONSTRAINT "UserPoliceArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPoliceArea" ADD CONSTRAINT "UserPoliceArea_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
