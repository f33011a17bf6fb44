// Every user-facing string of the app, in Swedish, one file per area under ./sv. A second locale
// is a set of files of the same shape.

import { app, nav, roles, login, errors, form, overview } from "./sv/app";
import { admin, importFile } from "./sv/admin";
import { audit } from "./sv/audit";
import { tokens } from "./sv/tokens";
import { scenes, mapPage, geometry, map } from "./sv/scenes";
import { assessments, assessmentForm, workLists } from "./sv/assessments";
import { dashboard, report, exports } from "./sv/dashboard";
import { outcomes } from "./sv/outcomes";
import { indicators } from "./sv/indicators";
import { interventions } from "./sv/interventions";
import { typeDescriptions } from "./sv/type-descriptions";
import { notices } from "./sv/notices";
import { cli } from "./sv/cli";
import { validation } from "./sv/validation";
import { secondFactor } from "./sv/second-factor";
import { account } from "./sv/account";
import { questionnaires } from "./sv/questionnaires";
import { rounds } from "./sv/rounds";
import { accessibility } from "./sv/accessibility";
import { review } from "./sv/review";
import { notifications } from "./sv/notifications";
import { places } from "./sv/places";
import { whatWorks } from "./sv/what-works";

export const sv = {
  app,
  notices,
  nav,
  roles,
  login,
  errors,
  form,
  overview,
  admin,
  audit,
  tokens,
  import: importFile,
  scenes,
  mapPage,
  geometry,
  map,
  assessments,
  assessmentForm,
  workLists,
  dashboard,
  report,
  exports,
  outcomes,
  indicators,
  interventions,
  typeDescriptions,
  cli,
  validation,
  secondFactor,
  account,
  questionnaires,
  rounds,
  accessibility,
  review,
  notifications,
  places,
  whatWorks,
} as const;

export type Messages = typeof sv;
