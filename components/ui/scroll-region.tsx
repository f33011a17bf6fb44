"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The id of the element that names the box (a table's caption). */
  labelledBy: string;
  children: ReactNode;
  className?: string;
};

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen, so that
 * the page itself never does. While it scrolls it is a named region in the tab order, so that a
 * keyboard can reach it and scroll it with the arrow keys (WCAG 2.1.1, axe's
 * scrollable-region-focusable). Without JavaScript it always is; with it, a box whose content
 * fits leaves the tab order and the landmarks.
 *
 * `relative` makes the box the containing block of its content's absolutely positioned parts
 * (the screen-reader-only texts): they would otherwise stick out of it and widen the page.
 */
export function ScrollRegion({ labelledBy, children, className = "" }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // The observer reports once when it starts, and again whenever the box or its content resizes.
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      role={scrolls ? "region" : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      tabIndex={scrolls ? 0 : undefined}
      className={`relative overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
