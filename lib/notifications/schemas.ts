import { z } from "@/lib/forms/zod";
import type { ReminderItem } from "./reminders";

// The notification forms' schemas (shared by the forms and the actions), and the stored shape of a
// reminder's rounds. Client-safe.

/** Mitt konto: a checked box sends "on", an unchecked one sends nothing. */
export const emailPreferenceSchema = z.strictObject({ emailNotifications: z.literal("on").optional() });

/** Marking one's notifications read takes no input: whose, is who asks. */
export const markAllReadSchema = z.strictObject({});

export const reminderItemsSchema = z
  .array(
    z.object({
      year: z.number().int(),
      deadline: z.iso.date(),
      count: z.number().int().positive(),
      task: z.enum(["assess", "cosign"]),
    }),
  )
  .min(1) satisfies z.ZodType<ReminderItem[]>;
