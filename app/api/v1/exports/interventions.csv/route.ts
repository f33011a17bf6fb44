import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { respondWithInterventions } from "@/lib/interventions/export";

// GET /api/v1/exports/interventions.csv?type=&actor=&municipality=&policeArea=&ar=: the
// interventions in the caller's scope that match the filters, one row each (lib/interventions/export.ts).

export const GET = respondWhenDatabaseUnavailable((request: Request) => respondWithInterventions(request, "csv"));
