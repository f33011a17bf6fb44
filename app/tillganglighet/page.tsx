import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";

const t = messages.accessibility;
export const metadata: Metadata = { title: t.title };

const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

/** The accessibility statement the law requires; public, so it can be read before signing in. */
export default function AccessibilityStatementPage() {
  const contact = getEnv().ACCESSIBILITY_CONTACT_EMAIL;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-4">
        <Link href="/" className="text-blue-800 underline">
          {t.back}
        </Link>
      </p>
      <h1 className="mb-4">{t.title}</h1>
      <p className="mb-6">{t.intro}</p>
      <h2 className="mb-2">{t.statusTitle}</h2>
      <p className="mb-6">{t.status}</p>
      <h2 className="mb-2">{t.gapsTitle}</h2>
      <ul className="mb-6 flex list-disc flex-col gap-3 pl-6">
        {t.gaps.map((gap) => (
          <li key={gap.title}>
            <p className="font-medium">{gap.title}</p>
            <p>{gap.text}</p>
          </li>
        ))}
      </ul>
      <h2 className="mb-2">{t.testedTitle}</h2>
      <p className="mb-6">{t.tested}</p>
      <h2 className="mb-2">{t.reportTitle}</h2>
      <p className="mb-6">
        {t.report}{" "}
        {contact ? (
          <>
            {t.reportTo}{" "}
            <a href={`mailto:${contact}`} className="text-blue-800 underline">
              {contact}
            </a>
            .
          </>
        ) : (
          t.reportToAdmin
        )}{" "}
        {t.reportDescribe}
      </p>
      <h2 className="mb-2">{t.supervisionTitle}</h2>
      <p className="mb-2">{t.supervision}</p>
      <p className="mb-6">
        <a href={DIGG_REPORT_URL} className="text-blue-800 underline">
          {t.diggLink}
        </a>
      </p>
      <p className="text-slate-700">{t.updated}</p>
    </main>
  );
}
