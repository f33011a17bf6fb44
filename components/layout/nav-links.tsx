"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/auth/navigation";
import { nav as navText } from "@/lib/i18n/sv/app";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={navText.label} className="mx-auto max-w-6xl px-4">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block border-b-4 px-3 py-2 font-medium hover:bg-slate-100 ${current ? "border-blue-800 text-blue-900" : "border-transparent text-slate-800"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
