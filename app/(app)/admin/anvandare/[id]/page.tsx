import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserForm } from "@/components/admin/user-form";
import { EndUserSessionsForm, ResetPasswordForm } from "@/components/admin/user-access-forms";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { SecondFactorResetForm } from "@/components/admin/second-factor-reset-form";
import { resetSecondFactorAction } from "@/lib/auth/second-factor/actions";
import { getSecondFactorStatus } from "@/lib/auth/second-factor/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { listMunicipalities, listPoliceAreas } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { listActiveSessions } from "@/lib/auth/sessions/store";
import { messages } from "@/lib/i18n";
import { endUserSessionsAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/users/actions";
import { getUser } from "@/lib/users/queries";

const t = messages.admin;
const ta = messages.account.admin;
export const metadata: Metadata = { title: t.editUser };

export default async function EditUserPage({ params }: PageProps<"/admin/anvandare/[id]">) {
  const admin = await requirePermission("user:manage");
  const { id } = await params;
  const [user, municipalities, policeAreas] = await Promise.all([getUser(id), listMunicipalities(), listPoliceAreas()]);
  if (!user) notFound();
  const [secondFactor, sessions] = await Promise.all([getSecondFactorStatus(user.id), listActiveSessions(user.id)]);
  return (
    <>
      <h1 className="mb-4">
        {t.editUser}: {user.name}
      </h1>
      <UserForm
        action={updateUserAction}
        initial={{
          id: user.id,
          version: user.version,
          name: user.name,
          email: user.email,
          role: user.role,
          municipalityCode: user.municipalityCode ?? "",
          policeAreaIds: user.policeAreas.map((a) => a.id),
        }}
        municipalities={municipalities}
        policeAreas={policeAreas}
      />
      <section aria-labelledby="status-heading" className="mt-10 max-w-2xl rounded border border-slate-300 bg-white p-6">
        <h2 id="status-heading" className="mb-2">
          {t.status}: {user.disabledAt ? t.disabled : t.active}
        </h2>
        <UserStatusForm action={setUserDisabledAction} user={{ id: user.id, version: user.version, disabled: !!user.disabledAt }} />
      </section>
      {/* An admin's own password and sessions are managed under Mitt konto, with the old password. */}
      {admin.id !== user.id && (
        <section
          aria-labelledby="access-heading"
          className="mt-6 flex max-w-2xl flex-col gap-6 rounded border border-slate-300 bg-white p-6"
        >
          <h2 id="access-heading">{ta.accessTitle}</h2>
          <div>
            <h3 className="mb-2 text-base font-semibold">{ta.resetPassword}</h3>
            <ResetPasswordForm action={resetPasswordAction} userId={user.id} />
          </div>
          <div>
            <h3 className="mb-2 text-base font-semibold">{ta.endSessions}</h3>
            <p className="mb-2" data-testid="active-sessions">
              {ta.activeSessions(sessions.length)}
            </p>
            <EndUserSessionsForm action={endUserSessionsAction} userId={user.id} />
          </div>
        </section>
      )}
      <section aria-labelledby="second-factor-heading" className="mt-10 max-w-2xl rounded border border-slate-300 bg-white p-6">
        <h2 id="second-factor-heading" className="mb-2">
          {messages.secondFactor.adminTitle}
        </h2>
        <p className="mb-3">
          {secondFactor.enabledAt
            ? messages.secondFactor.adminOn(formatStockholmTime(secondFactor.enabledAt))
            : messages.secondFactor.adminOff}
        </p>
        <SecondFactorResetForm action={resetSecondFactorAction} userId={user.id} enabled={!!secondFactor.enabledAt} />
      </section>
    </>
  );
}
