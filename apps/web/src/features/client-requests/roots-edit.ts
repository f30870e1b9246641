import { rootLabel, toRootUri, type RootEntry } from "./roots";

/** Adds a root from what the person typed; throws with the reason when it is not a root or is already there. */
export function addRoot(roots: readonly RootEntry[], input: string, name: string): RootEntry[] {
  const uri = toRootUri(input);
  if (roots.some((r) => r.uri === uri)) throw new Error("That root is already in the list");
  const label = name.trim() || rootLabel(uri);
  return [...roots, { uri, name: label }];
}

export function renameRoot(roots: readonly RootEntry[], uri: string, name: string): RootEntry[] {
  return roots.map((r) => (r.uri !== uri ? r : name.trim() ? { uri, name: name.trim() } : { uri }));
}

export function removeRoot(roots: readonly RootEntry[], uri: string): RootEntry[] {
  return roots.filter((r) => r.uri !== uri);
}
