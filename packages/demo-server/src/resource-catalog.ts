// The fixed resources: one of each content kind, plus numbered notes so resources/list needs several pages.
import type { BlobResourceContents, Resource, TextResourceContents } from "@modelcontextprotocol/sdk/types.js";
import { BINARY_BYTES, PNG_BYTES, WAV_BYTES } from "./media.js";

export interface StaticResource {
  resource: Resource;
  contents: TextResourceContents | BlobResourceContents;
}

// A fixed date keeps listings identical between runs, which snapshot-style tests rely on.
const LAST_MODIFIED = "2025-06-01T12:00:00Z";

export const README_MARKDOWN = `# mcp-inspect demo server

This server exists to exercise every part of the Model Context Protocol:
tools (plain, structured, slow, failing, noisy), resources (text, JSON, blobs,
a subscribable counter, templates), prompts with completions, logging, and
requests back to the client (sampling, elicitation, roots).

Try \`touch_resource\` after subscribing to \`demo://counter\`.
`;

const CONFIG = { server: "mcp-inspect-demo", features: { pagination: true, subscriptions: true }, limits: { pageSize: 10 } };

const PAGE_HTML = "<!doctype html>\n<title>Demo page</title>\n<h1>Hello from the demo server</h1>\n";

function textResource(resource: Omit<Resource, "size">, body: string): StaticResource {
  return {
    resource: { ...resource, size: Buffer.byteLength(body, "utf8") },
    contents: { uri: resource.uri, mimeType: resource.mimeType, text: body },
  };
}

function blobResource(resource: Omit<Resource, "size">, bytes: Buffer): StaticResource {
  return {
    resource: { ...resource, size: bytes.length },
    contents: { uri: resource.uri, mimeType: resource.mimeType, blob: bytes.toString("base64") },
  };
}

function note(index: number): StaticResource {
  const id = String(index).padStart(2, "0");
  return textResource(
    {
      uri: `demo://notes/${id}`,
      name: `note-${id}`,
      title: `Note ${id}`,
      description: `Filler note ${id} of 20, there so the list spans several pages.`,
      mimeType: "text/plain",
      annotations: { audience: ["user"], priority: 0.1, lastModified: LAST_MODIFIED },
    },
    `Note ${id}: nothing to see here, just padding for pagination.\n`,
  );
}

export const STATIC_RESOURCES: readonly StaticResource[] = [
  textResource(
    {
      uri: "demo://readme",
      name: "readme",
      title: "README",
      description: "What this demo server is for (Markdown).",
      mimeType: "text/markdown",
      annotations: { audience: ["user", "assistant"], priority: 1, lastModified: LAST_MODIFIED },
    },
    README_MARKDOWN,
  ),
  textResource(
    {
      uri: "demo://config",
      name: "config",
      title: "Configuration",
      description: "A small JSON document.",
      mimeType: "application/json",
      annotations: { audience: ["assistant"], priority: 0.7, lastModified: LAST_MODIFIED },
    },
    `${JSON.stringify(CONFIG, null, 2)}\n`,
  ),
  blobResource(
    {
      uri: "demo://images/logo.png",
      name: "logo",
      title: "Logo (PNG)",
      description: "A 16x16 PNG image, returned as a base64 blob.",
      mimeType: "image/png",
      annotations: { audience: ["user"], priority: 0.5, lastModified: LAST_MODIFIED },
    },
    PNG_BYTES,
  ),
  blobResource(
    {
      uri: "demo://binary/bytes.bin",
      name: "bytes",
      title: "Binary bytes",
      description: "256 bytes counting from 0x00 to 0xff (application/octet-stream).",
      mimeType: "application/octet-stream",
      annotations: { audience: ["user"], priority: 0.2, lastModified: LAST_MODIFIED },
    },
    BINARY_BYTES,
  ),
  blobResource(
    {
      uri: "demo://audio/tone.wav",
      name: "tone",
      title: "Tone (WAV)",
      description: "A quarter-second 440 Hz sine tone.",
      mimeType: "audio/wav",
      annotations: { audience: ["user"], priority: 0.3, lastModified: LAST_MODIFIED },
    },
    WAV_BYTES,
  ),
  textResource(
    {
      uri: "demo://pages/hello.html",
      name: "hello-page",
      title: "Hello page (HTML)",
      description: "A tiny HTML document.",
      mimeType: "text/html",
      annotations: { audience: ["user"], priority: 0.3, lastModified: LAST_MODIFIED },
    },
    PAGE_HTML,
  ),
  ...Array.from({ length: 20 }, (_, i) => note(i + 1)),
];
