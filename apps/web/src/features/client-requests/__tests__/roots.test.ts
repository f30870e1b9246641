import { describe, expect, it } from "vitest";
import { defaultRoots, parseRoots, pathToFileUri, rootLabel, rootUriProblem, toRootUri } from "../roots";
import { addRoot, removeRoot, renameRoot } from "../roots-edit";
import { RootsStore } from "../roots-store";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe("root URIs", () => {
  it("encodes each path segment, keeping the slashes", () => {
    expect(pathToFileUri("/home/ada/my project/#1 ü")).toBe("file:///home/ada/my%20project/%231%20%C3%BC");
    expect(pathToFileUri("C:\\Users\\Ada")).toBe("file:///C:/Users/Ada");
    expect(() => pathToFileUri("relative/dir")).toThrow("not an absolute path");
  });
  it("defaults to the working directory, named after its last segment", () => {
    expect(defaultRoots("/srv/app dir")).toEqual([{ uri: "file:///srv/app%20dir", name: "app dir" }]);
    expect(defaultRoots(undefined)).toEqual([]);
    expect(rootLabel("file:///")).toBe("/");
  });
  it("accepts only file:// URIs, with a reason for the rest", () => {
    expect(rootUriProblem("https://example.com/x")).toMatch(/file:\/\//);
    expect(rootUriProblem("")).toBe("Enter a file:// URI");
    expect(rootUriProblem("file:///a b")).toMatch(/percent-encoded/);
    expect(rootUriProblem("file:///tmp")).toBeUndefined();
    expect(toRootUri(" /tmp/x ")).toBe("file:///tmp/x");
    expect(() => toRootUri("tmp/x")).toThrow(/file:\/\//);
  });
  it("adds, renames and removes; refuses duplicates", () => {
    let roots = addRoot([], "/a", "");
    expect(roots).toEqual([{ uri: "file:///a", name: "a" }]);
    expect(() => addRoot(roots, "file:///a", "again")).toThrow("already");
    roots = renameRoot(roots, "file:///a", "Alpha");
    expect(roots).toEqual([{ uri: "file:///a", name: "Alpha" }]);
    expect(renameRoot(roots, "file:///a", " ")).toEqual([{ uri: "file:///a" }]);
    expect(removeRoot(roots, "file:///a")).toEqual([]);
  });
  it("drops malformed stored entries", () => {
    expect(parseRoots('[{"uri":"file:///x","name":"x"},{"uri":"http://y"},{"nope":1}]')).toEqual([{ uri: "file:///x", name: "x" }]);
    expect(parseRoots("not json")).toBeUndefined();
    expect(parseRoots(null)).toBeUndefined();
  });
});

describe("RootsStore", () => {
  it("persists per target and falls back to the working directory", () => {
    const storage = memoryStorage();
    const store = new RootsStore(storage);
    expect(store.get("t1", "/w")).toEqual([{ uri: "file:///w", name: "w" }]);
    let told = 0;
    store.subscribe(() => told++);
    store.set("t1", [{ uri: "file:///other" }]);
    expect(told).toBe(1);
    expect(new RootsStore(storage).get("t1", "/w")).toEqual([{ uri: "file:///other" }]);
    expect(store.get("t2", "/w")).toEqual([{ uri: "file:///w", name: "w" }]);
    store.reset("t1");
    expect(store.get("t1", "/w")).toEqual([{ uri: "file:///w", name: "w" }]);
    // An emptied list is kept as empty, not replaced by the default.
    store.set("t1", []);
    expect(store.get("t1", "/w")).toEqual([]);
  });
});
