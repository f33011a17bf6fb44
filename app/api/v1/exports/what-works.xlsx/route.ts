import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { respondWithWhatWorks } from "@/lib/what-works/responses";

// GET /api/v1/exports/what-works.xlsx?fran=&till=: the same table as the CSV, as an Excel workbook
// with a sheet describing each column and one saying which start years it covers.

export const GET = respondWhenDatabaseUnavailable((request: Request) => respondWithWhatWorks(request, "xlsx"));
