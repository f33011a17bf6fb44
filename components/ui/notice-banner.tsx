import type { readNotice } from "@/lib/forms/notices";

/** What a page says after an action redirected to it: a success, or a refusal. */
export function NoticeBanner({ notice }: { notice: ReturnType<typeof readNotice> }) {
  if (!notice) return null;
  const tone = notice.refusal ? "border-red-700 bg-red-50 text-red-800" : "border-green-700 bg-green-50 text-green-900";
  return (
    <p role="status" className={`mb-4 rounded border px-4 py-3 ${tone}`}>
      {notice.text}
    </p>
  );
}
