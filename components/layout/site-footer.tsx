import Link from "next/link";
import { messages } from "@/lib/i18n";

const t = messages.accessibility;

/** On every page, signed in or not: the accessibility statement must be one link away. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-white print:hidden">
      <nav aria-label={t.footerLabel} className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-4 text-sm">
        <Link href="/tillganglighet" className="text-blue-800 underline">
          {t.footerLink}
        </Link>
      </nav>
    </footer>
  );
}
