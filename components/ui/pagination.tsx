import Link from "next/link";
import { messages } from "@/lib/i18n";

const t = messages.scenes;

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-blue-800 underline">
          {t.previous}
        </Link>
      ) : null}
      <span aria-current="page">{t.page(page, pages)}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-blue-800 underline">
          {t.next}
        </Link>
      ) : null}
    </nav>
  );
}
