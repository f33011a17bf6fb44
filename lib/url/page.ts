import { z } from "@/lib/forms/zod";

/** A list's `page` query parameter: the first page when absent or unreadable. */
export const pageParamField = z.coerce.number().int().min(1).default(1).catch(1);
