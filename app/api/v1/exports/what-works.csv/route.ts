import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { respondWithWhatWorks } from "@/lib/what-works/responses";

// GET /api/v1/exports/what-works.csv?fran=&till=: "Vad fungerar" as one row per group and measure
// (lib/what-works/export.ts).

export const GET = respondWhenDatabaseUnavailable((request: Request) => respondWithWhatWorks(request, "csv"));
