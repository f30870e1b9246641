import { useState, type ReactNode } from "react";
import { LinkContext } from "./link-context";
import { LinkStore } from "./link-store";

/** A link of its own, never in the address bar: a recording opened from the Sessions drawer does not move the live view's. */
export function OwnLink({ children }: { children: ReactNode }) {
  const [store] = useState(() => new LinkStore());
  return <LinkContext.Provider value={store}>{children}</LinkContext.Provider>;
}
