import { respondWithInterventions } from "@/lib/interventions/export";

// GET /api/v1/exports/interventions.csv?type=&actor=&municipality=&policeArea=&ar=: the
// interventions in the caller's scope that match the filters, one row each (lib/interventions/export.ts).

export function GET(request: Request): Promise<Response> {
  return respondWithInterventions(request, "csv");
}
