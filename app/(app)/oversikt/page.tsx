import type { Metadata } from "next";
import { getScopeDescription } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

const t = messages.overview;
export const metadata: Metadata = { title: t.title };

export default async function OverviewPage() {
  const user = await requirePermission("dashboard:view");
  const scope = await getScopeDescription(user);
  return (
    <>
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-6 text-slate-700">{t.welcome(user.name)}</p>
      <section aria-labelledby="scope-heading" className="rounded border border-slate-300 bg-white p-6">
        <h2 id="scope-heading" className="mb-2">
          {t.scope}
        </h2>
        <p data-testid="role">{messages.roles[user.role]}</p>
        {scope.municipality && <p>{t.municipality(scope.municipality)}</p>}
        {scope.policeAreas.length > 0 && (
          <>
            <p>{t.policeAreas}:</p>
            <ul className="list-disc pl-6">
              {scope.policeAreas.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        )}
        {(user.role === "STEERING" || user.role === "ADMIN") && <p>{t.county}</p>}
      </section>
    </>
  );
}
