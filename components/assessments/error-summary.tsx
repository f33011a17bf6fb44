"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { ErrorLink } from "@/lib/assessments/form-outline";
import { review } from "@/lib/i18n/sv/review";

const t = review;

/**
 * A link's target as a person would want it: the field itself focused (the first, or the chosen,
 * option of a group) with its label or legend scrolled into view above it.
 */
function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const group = target instanceof HTMLFieldSetElement;
  const input = group ? target.querySelector<HTMLElement>("input:checked, input, select, textarea") : target;
  const caption = group ? target.querySelector("legend") : document.querySelector(`label[for="${CSS.escape(id)}"]`);
  // A little room above the label, so that it does not stick to the window's edge.
  const top = (caption ?? target).getBoundingClientRect().top + window.scrollY - 16;
  window.scrollTo({ top });
  input?.focus({ preventScroll: true });
  return true;
}

function jump(event: MouseEvent<HTMLAnchorElement>) {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  if (focusField(id)) event.preventDefault();
}

type Props = {
  links: ErrorLink[];
  /** Changes with every answer from the server: each failed submission moves focus here again. */
  focusKey: unknown;
};

/**
 * The failed submission's errors at the top of the form, each linked to its field. Its heading
 * takes focus, so that the page scrolls to it and a screen reader reads it: after a post without
 * JavaScript by the browser (autofocus, rendered by the server), with JavaScript by the effect.
 */
export function ErrorSummary({ links, focusKey }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const seen = useRef(false);
  useEffect(() => {
    const first = !seen.current;
    seen.current = true;
    // When the page hydrates, the browser has focused the server's summary already: focus moves
    // only if the person has not moved on since.
    if (first && document.activeElement !== document.body) return;
    heading.current?.focus();
  }, [focusKey]);
  if (!links.length) return null;
  return (
    <div className="rounded border-2 border-red-700 bg-white p-4" data-testid="error-summary">
      <h2
        ref={heading}
        tabIndex={-1}
        // The summary of a failed post is where focus belongs: also without JavaScript, where the browser honours autofocus.
        autoFocus
        className="mb-1 text-lg font-semibold text-red-800 focus:outline-2 focus:outline-offset-2 focus:outline-red-800"
      >
        {t.errorSummaryTitle(links.length)}
      </h2>
      <p className="mb-2">{t.errorSummaryIntro}</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {links.map((link) => (
          <li key={link.name}>
            {link.href ? (
              <a href={link.href} onClick={jump} className="font-medium text-red-800 underline">
                {link.label}
              </a>
            ) : (
              <span className="font-medium">{link.label}</span>
            )}
            : {link.messages.join(" ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
