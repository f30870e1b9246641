// Parameterised resources: a simple {userId} variable and a reserved-expansion {+path} that may contain slashes.
import { UriTemplate } from "@modelcontextprotocol/sdk/shared/uriTemplate.js";
import type { ReadResourceResult, ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";

const USERS: Record<string, { name: string; email: string; role: string }> = {
  alice: { name: "Alice Liddell", email: "alice@example.com", role: "admin" },
  bob: { name: "Bob Builder", email: "bob@example.com", role: "editor" },
  carol: { name: "Carol Danvers", email: "carol@example.com", role: "viewer" },
  dave: { name: "Dave Bowman", email: "dave@example.com", role: "viewer" },
  erin: { name: "Erin Brockovich", email: "erin@example.com", role: "editor" },
};

const FILES: Record<string, string> = {
  "README.md": "# Virtual project\n",
  "src/index.ts": 'export * from "./greet.js";\n',
  "src/greet.ts": "export const greet = (name: string) => `Hello, ${name}!`;\n",
  "src/util/strings.ts": "export const shout = (s: string) => s.toUpperCase();\n",
  "docs/guide.md": "# Guide\n\nRead the source.\n",
  "docs/api/reference.md": "# API reference\n\n`greet(name)` says hello.\n",
};

export const USER_TEMPLATE = "demo://users/{userId}";
export const FILE_TEMPLATE = "demo://files/{+path}";

export const RESOURCE_TEMPLATES: readonly ResourceTemplate[] = [
  {
    uriTemplate: USER_TEMPLATE,
    name: "user",
    title: "User profile",
    description: `A user as JSON. Known ids: ${Object.keys(USERS).join(", ")}.`,
    mimeType: "application/json",
    annotations: { audience: ["assistant"], priority: 0.6 },
  },
  {
    uriTemplate: FILE_TEMPLATE,
    name: "file",
    title: "Project file",
    description: "A file of a small virtual project; the path may contain slashes.",
    mimeType: "text/plain",
    annotations: { audience: ["user", "assistant"], priority: 0.4 },
  },
];

const userTemplate = new UriTemplate(USER_TEMPLATE);
const fileTemplate = new UriTemplate(FILE_TEMPLATE);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads a templated URI; undefined when it matches no template or names nothing that exists. */
export function readTemplated(uri: string): ReadResourceResult | undefined {
  const userId = single(userTemplate.match(uri)?.["userId"]);
  const user = userId === undefined ? undefined : USERS[userId];
  if (userId !== undefined && user) {
    const body = JSON.stringify({ id: userId, ...user }, null, 2);
    return { contents: [{ uri, mimeType: "application/json", text: body }] };
  }
  const path = single(fileTemplate.match(uri)?.["path"]);
  const file = path === undefined ? undefined : FILES[path];
  if (path !== undefined && file !== undefined) {
    const mimeType = path.endsWith(".md") ? "text/markdown" : "text/plain";
    return { contents: [{ uri, mimeType, text: file }] };
  }
  return undefined;
}

/** Candidate values for a template variable, for completion/complete. */
export function templateVariableValues(uriTemplate: string, variable: string): string[] | undefined {
  if (uriTemplate === USER_TEMPLATE && variable === "userId") return Object.keys(USERS);
  if (uriTemplate === FILE_TEMPLATE && variable === "path") return Object.keys(FILES);
  return undefined;
}
