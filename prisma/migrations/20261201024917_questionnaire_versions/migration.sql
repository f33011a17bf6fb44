-- AlterTable
ALTER TABLE "QuestionnaireVersion" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Every version stored so far was in use as it stood (seeded, copied for a new year, imported):
-- published from the day it was created.
UPDATE "QuestionnaireVersion" SET "publishedAt" = "createdAt";
