import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { respondWithInterventions } from "@/lib/interventions/export";

// GET /api/v1/exports/interventions.xlsx?type=&actor=&municipality=&policeArea=&ar=: the same
// table as the CSV, as an Excel workbook (lib/interventions/export.ts).

export const GET = respondWhenDatabaseUnavailable((request: Request) => respondWithInterventions(request, "xlsx"));
