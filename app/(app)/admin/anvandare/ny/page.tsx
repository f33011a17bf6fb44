import type { Metadata } from "next";
import { UserForm } from "@/components/admin/user-form";
import { listMunicipalities, listPoliceAreas } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { createUserAction } from "@/lib/users/actions";

export const metadata: Metadata = { title: messages.admin.newUser };

export default async function NewUserPage() {
  await requirePermission("user:manage");
  const [municipalities, policeAreas] = await Promise.all([listMunicipalities(), listPoliceAreas()]);
  return (
    <>
      <h1 className="mb-4">{messages.admin.newUser}</h1>
      <UserForm
        action={createUserAction}
        initial={{ name: "", email: "", role: "", municipalityCode: "", policeAreaIds: [] }}
        municipalities={municipalities}
        policeAreas={policeAreas}
        withPassword
      />
    </>
  );
}
