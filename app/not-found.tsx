import Link from "next/link";
import { messages } from "@/lib/i18n";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto mt-16 max-w-xl px-4">
      <h1 className="mb-2">{messages.errors.notFoundTitle}</h1>
      <p className="mb-4">{messages.errors.notFoundText}</p>
      <Link href="/oversikt" className="text-blue-800 underline">
        {messages.errors.toStart}
      </Link>
    </main>
  );
}
