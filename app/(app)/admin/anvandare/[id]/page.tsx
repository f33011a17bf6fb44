import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserForm } from "@/components/admin/user-form";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { SecondFactorResetForm } from "@/components/admin/second-factor-reset-form";
import { resetSecondFactorAction } from "@/lib/auth/second-factor/actions";
import { getSecondFactorStatus } from "@/lib/auth/second-factor/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { listMunicipalities, listPoliceAreas } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { setUserDisabledAction, updateUserAction } from "@/lib/users/actions";
import { getUser } from "@/lib/users/queries";

const t = messages.admin;
export const metadata: Metadata = { title: t.editUser };

export default async function EditUserPage({ params }: PageProps<"/admin/anvandare/[id]">) {
  await requirePermission("user:manage");
  const { id } = await params;
  const [user, municipalities, policeAreas] = await Promise.all([getUser(id), listMunicipalities(), listPoliceAreas()]);
  if (!user) notFound();
  const secondFactor = await getSecondFactorStatus(user.id);
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
