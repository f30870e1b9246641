/**
 * The sandbox proxy page of MCP Apps (the io.modelcontextprotocol/ui extension's double-iframe design), served on the
 * app sandbox's own origin. It tells the host it is ready, takes the app's HTML from the host, renders it in an inner
 * frame sandboxed without allow-same-origin (an opaque origin: no storage, no way into this page or the host), and
 * relays messages between the host and the app. It trusts only the one host origin it was served for.
 */
export const SANDBOX_SCRIPT = String.raw`"use strict";
(() => {
  const host = document.documentElement.dataset.host;
  // What an app may be given: never allow-same-origin, top navigation or popups that escape the sandbox.
  const ALLOWED_SANDBOX = new Set(["allow-scripts", "allow-forms", "allow-modals", "allow-downloads", "allow-pointer-lock"]);
  const PERMISSIONS = { camera: "camera", microphone: "microphone", geolocation: "geolocation", clipboardWrite: "clipboard-write" };
  let inner;
  const toHost = (message) => window.parent.postMessage(message, host);
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.origin === host) {
      const message = event.data;
      if (message && message.method === "ui/notifications/sandbox-resource-ready") return load(message.params || {});
      if (inner && inner.contentWindow) inner.contentWindow.postMessage(message, "*");
    } else if (inner && event.source === inner.contentWindow) {
      toHost(event.data);
    }
  });
  function load(params) {
    if (inner) return; // one app per proxy page
    inner = document.createElement("iframe");
    const tokens = String(params.sandbox || "allow-scripts allow-forms").split(/\s+/).filter((t) => ALLOWED_SANDBOX.has(t));
    inner.setAttribute("sandbox", tokens.join(" "));
    const allow = Object.keys(params.permissions || {}).filter((k) => PERMISSIONS[k]).map((k) => PERMISSIONS[k]);
    if (allow.length) inner.setAttribute("allow", allow.join("; "));
    inner.setAttribute("title", "MCP App");
    inner.srcdoc = String(params.html || "");
    document.body.replaceChildren(inner);
  }
  toHost({ jsonrpc: "2.0", method: "ui/notifications/sandbox-proxy-ready", params: {} });
})();
`;

/** The proxy page: no inline script (the app's inline scripts are allowed by this page's CSP, ours need not be). */
export function sandboxPage(hostOrigin: string): string {
  return `<!doctype html>
<html data-host="${escapeAttribute(hostOrigin)}">
<head><meta charset="utf-8"><title>MCP App sandbox</title>
<style>html,body{margin:0;height:100%;background:transparent}iframe{border:0;width:100%;height:100%;display:block}</style>
<script src="/sandbox.js"></script></head>
<body></body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
