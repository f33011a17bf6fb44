import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { respondWithWhatWorks } from "@/lib/what-works/responses";

// GET /api/v1/what-works?fran=&till=: "Vad fungerar" over the caller's scope as JSON, the shape
// WhatWorks of lib/what-works/schemas.ts, for a session or a personal access token.

export const GET = respondWhenDatabaseUnavailable((request: Request) => respondWithWhatWorks(request, "json"));
