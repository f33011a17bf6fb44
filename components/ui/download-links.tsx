type Props = { id: string; title: string; intro: string; links: { href: string; label: string }[] };

/**
 * A box of file downloads. Plain anchors with `download`: the files come from route handlers,
 * which a client-side navigation (next/link) would try to prefetch and render.
 */
export function DownloadLinks({ id, title, intro, links }: Props) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-2 text-slate-700">{intro}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download className="text-blue-800 underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
