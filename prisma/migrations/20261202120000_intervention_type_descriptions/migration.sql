-- An admin's description of each intervention type's method (issue 15). Not among the tables the
-- figures read (migration stats_cache): a changed text moves no figure's generation.

-- CreateTable
CREATE TABLE "InterventionTypeDescription" (
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "InterventionTypeDescription_pkey" PRIMARY KEY ("type")
);
