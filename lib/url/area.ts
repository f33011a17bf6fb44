import { z } from "@/lib/forms/zod";

/** The area filters' query parameters (a municipality code, an LPO id): ignored when unreadable. */
export const areaParamFields = {
  municipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  policeArea: z.string().min(1).optional().catch(undefined),
};
