"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { closeRound, extendRound, openRound } from "./mutations";
import { getRound } from "./queries";
import { closeRoundSchema, extendRoundSchema, openRoundSchema } from "./schemas";

// The admin's round actions, through the one action wrapper: authenticated, parsed once,
// authorized on the loaded round (the mutation checks role and version again in its transaction).

const PAGE = "/admin/kartlaggning";
const done = () => ({ redirect: PAGE, revalidate: [PAGE, "/bedomningar", "/oversikt"] });

export const openRoundAction = defineAction({
  schema: openRoundSchema,
  // Nothing to load yet: the year's round is what this creates.
  load: async () => ({}),
  authorize: (user) => can(user, "round:manage"),
  write: (user, _target, input) => openRound(user, input),
  done,
});

export const extendRoundAction = defineAction({
  schema: extendRoundSchema,
  load: (_user, input) => getRound(input.year),
  authorize: (user) => can(user, "round:manage"),
  write: (user, _round, input) => extendRound(user, input),
  done,
});

export const closeRoundAction = defineAction({
  schema: closeRoundSchema,
  load: (_user, input) => getRound(input.year),
  authorize: (user) => can(user, "round:manage"),
  write: (user, _round, input) => closeRound(user, input),
  done,
});
