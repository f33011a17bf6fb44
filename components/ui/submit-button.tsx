"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "danger" | "secondary";
}) {
  const { pending } = useFormStatus();
  const colors = {
    primary: "bg-blue-800 text-white hover:bg-blue-900",
    danger: "bg-red-700 text-white hover:bg-red-800",
    secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${colors}`}
    >
      {children}
    </button>
  );
}
