import { headerNameProblem } from "./header-name";

/** A header the person is adding; `key` tells rows apart while names are being typed. */
export interface NewHeader {
  key: number;
  name: string;
  value: string;
}

/** Edits not yet applied. Values live only here, in memory, until applied: never stored, never shown back. */
export interface HeadersDraft {
  /** New values for current headers, by name; "" keeps the current value. */
  values: Readonly<Record<string, string>>;
  removed: ReadonlySet<string>;
  added: readonly NewHeader[];
}

export const emptyDraft: HeadersDraft = { values: {}, removed: new Set(), added: [] };

/** The body of `PUT /api/servers/:id/headers`: a string sets a header, null removes it, names left out are kept. */
export type HeadersChange = Record<string, string | null>;

export interface HeadersPlan {
  change: HeadersChange;
  /** What is wrong with an added row, by its key: while any is, nothing is applied. */
  problems: ReadonlyMap<number, string>;
}

/** What applying `draft` to the `current` header names would send, or why it cannot yet. */
export function planHeaders(current: readonly string[], draft: HeadersDraft): HeadersPlan {
  const change: HeadersChange = {};
  for (const name of current) {
    if (draft.removed.has(name)) change[name] = null;
    else if (draft.values[name]) change[name] = draft.values[name];
  }
  // Header names are case-insensitive: "authorization" is the Authorization already listed.
  const taken = new Set(current.map((name) => name.toLowerCase()));
  const problems = new Map<number, string>();
  for (const row of draft.added) {
    const name = row.name.trim();
    if (name === "" && row.value === "") continue; // a blank row adds nothing
    const problem = headerNameProblem(name) ?? sameName(name, current, taken) ?? (row.value === "" ? `Type the value of ${name}` : undefined);
    if (problem) problems.set(row.key, problem);
    else {
      taken.add(name.toLowerCase());
      change[name] = row.value;
    }
  }
  return { change, problems };
}

function sameName(name: string, current: readonly string[], taken: ReadonlySet<string>): string | undefined {
  if (!taken.has(name.toLowerCase())) return undefined;
  const existing = current.find((c) => c.toLowerCase() === name.toLowerCase());
  return existing ? `${existing} is already set: type its new value above` : `${name} is listed twice`;
}
