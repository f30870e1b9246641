import { patchLink, type LinkPatch, type LinkState } from "./deep-link";

/**
 * One server view's link (see deep-link.ts): the panels read and change it; while the view is the one shown,
 * every change is also written to the address bar (`linkTo`). A hidden view keeps its own, so coming back to
 * its tab puts its state back in the address bar.
 */
export class LinkStore {
  private state: LinkState;
  private readonly listeners = new Set<() => void>();
  private sink: ((state: LinkState) => void) | undefined;

  constructor(initial: LinkState = {}) {
    this.state = initial;
  }

  get = (): LinkState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: LinkPatch): void {
    const next = patchLink(this.state, patch);
    if (next === this.state) return;
    this.state = next;
    this.sink?.(next);
    for (const listener of [...this.listeners]) listener();
  }

  /** Writes the state to `sink` now and on every change, until the returned function is called. */
  linkTo(sink: (state: LinkState) => void): () => void {
    this.sink = sink;
    sink(this.state);
    return () => {
      if (this.sink === sink) this.sink = undefined;
    };
  }
}
