import { Alert, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Text, useComputedColorScheme } from "@mantine/core";
import type { CallToolResult, Tool } from "@modelcontextprotocol/client";
import type { AppBridge, McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import { IconAppWindow, IconX } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { queryKeys } from "../../client/query-keys";
import { useSession } from "../../client/useSession";
import { useSessionInfo } from "../../client/useSessionInfo";
import { describeError } from "../../ui/describe-error";
import { AppActivity, type AppEvent } from "./AppActivity";
import { startAppHost, teardownApp, type DisplayMode } from "./app-host";
import { allowAttribute, newAppRef, permissionNames, sandboxPageUrl } from "./app-instance";
import { HostControls } from "./HostControls";
import { appResourceProblem, useAppResource, type AppResource } from "./useAppResource";
import classes from "./AppView.module.css";

/** The tool call an app shows: its arguments at once, its result when it comes. */
export interface AppCall {
  args: Record<string, unknown>;
  result?: CallToolResult;
  /** The call ended without a result (cancelled, failed): the app is told it was cancelled. */
  cancelled?: string;
}

interface AppViewProps {
  uri: string;
  /** The tool whose call this app shows (absent when opened from the Resources tab). */
  tool?: Tool;
  call?: AppCall;
}

/** An MCP App: its `ui://` resource rendered in the sandbox, driven by the inspector as its host. */
export function AppView({ uri, tool, call }: AppViewProps) {
  const { snapshot, token, server } = useSession();
  const resource = useAppResource(snapshot.client, snapshot.clientKey, uri);
  const info = useSessionInfo(token, server);
  const sandboxUrl = (info.data as { appSandboxUrl?: string } | undefined)?.appSandboxUrl;
  const [granted, setGranted] = useState<string[]>([]);
  const [reloads, setReloads] = useState(0);
  if (resource.isPending || info.isPending) return <Skeleton height={120} data-testid="app-loading" />;
  if (resource.isError) {
    return (
      <Alert color="red" title={`Could not read ${uri}`} data-testid="app-error">
        {describeError(resource.error).text}
      </Alert>
    );
  }
  if (!sandboxUrl) return <Alert color="gray" data-testid="app-unavailable">This inspector serves no app sandbox, so the app cannot be shown.</Alert>;
  const asked = permissionNames(resource.data.permissions as Record<string, unknown> | undefined);
  return (
    <Stack gap="xs" data-testid="app-view" data-uri={uri}>
      <Group gap="xs">
        <IconAppWindow size={16} />
        <Text size="sm" fw={500}>App</Text>
        <Text size="xs" c="dimmed" className="mono">{uri}</Text>
      </Group>
      {appResourceProblem(resource.data) && (
        <Alert color="orange" p="xs" data-testid="app-mime-problem">
          {appResourceProblem(resource.data)}
        </Alert>
      )}
      {asked.length > 0 && (
        <PermissionsNotice asked={asked} granted={granted} onGrant={() => { setGranted(asked); setReloads((n) => n + 1); }} />
      )}
      <AppFrame key={reloads} uri={uri} tool={tool} call={call} resource={resource.data} sandboxUrl={sandboxUrl} granted={granted} onReload={() => setReloads((n) => n + 1)} />
    </Stack>
  );
}

function PermissionsNotice({ asked, granted, onGrant }: { asked: string[]; granted: string[]; onGrant: () => void }) {
  const all = asked.every((name) => granted.includes(name));
  return (
    <Alert color={all ? "green" : "yellow"} p="xs" data-testid="app-permissions">
      <Group gap="xs" justify="space-between">
        <Text size="xs">
          The app asks for: {asked.join(", ")}. {all ? "Granted." : "Not granted: the app runs without them until you allow them."}
        </Text>
        {!all && (
          <Button size="compact-xs" variant="light" onClick={onGrant}>
            Allow and reload
          </Button>
        )}
      </Group>
    </Alert>
  );
}

interface AppFrameProps {
  uri: string;
  tool?: Tool | undefined;
  call?: AppCall | undefined;
  resource: AppResource;
  sandboxUrl: string;
  granted: string[];
  onReload: () => void;
}

/** One app instance: its frame, the bridge to it, and the host's side (controls, what the app said). */
function AppFrame({ uri, tool, call, resource, sandboxUrl, granted, onReload }: AppFrameProps) {
  const { snapshot, recordAppMessage } = useSession();
  const version = snapshot.header?.inspector.version ?? "dev";
  const queryClient = useQueryClient();
  const scheme = useComputedColorScheme("light");
  const frameRef = useRef<HTMLIFrameElement>(null);
  const bridgeRef = useRef<AppBridge | undefined>(undefined);
  const app = useMemo(() => newAppRef(uri, tool?.name), [uri, tool?.name]);
  const [theme, setTheme] = useState<"light" | "dark">(scheme);
  const [locale, setLocale] = useState("en-US");
  const [displayMode, setDisplayMode] = useState<DisplayMode>("inline");
  const [height, setHeight] = useState(360);
  const [initialized, setInitialized] = useState(false);
  const [events, setEvents] = useState<AppEvent[]>([]);
  const [modelContext, setModelContext] = useState<Record<string, unknown>>();
  const [link, setLink] = useState<{ url: string; answer: (ok: boolean) => void }>();
  const [failure, setFailure] = useState<string>();
  const [closed, setClosed] = useState(false);
  const eventId = useRef(0);
  const note = (kind: AppEvent["kind"], summary: string, detail?: unknown) => setEvents((list) => [...list, { id: eventId.current++, kind, summary, detail }]);
  const hostContext = (): McpUiHostContext => ({
    theme,
    locale,
    displayMode,
    availableDisplayModes: ["inline", "fullscreen", "pip"],
    containerDimensions: { maxHeight: 2000, width: frameRef.current?.clientWidth ?? 800 },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    userAgent: `mcp-inspect/${version}`,
    platform: "web",
    ...(tool && { toolInfo: { tool } }),
  });
  const clientRef = useRef(snapshot.client);
  clientRef.current = snapshot.client;
  const clientKeyRef = useRef(snapshot.clientKey);
  clientKeyRef.current = snapshot.clientKey;
  const contextRef = useRef(hostContext);
  contextRef.current = hostContext;

  // Connect before the proxy page loads: it announces itself once, at load.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame?.contentWindow || !snapshot.client) return;
    let bridge: AppBridge | undefined;
    let stopped = false;
    const knownTools = () => queryClient.getQueryData<{ items: Tool[] }>([queryKeys.tools, clientKeyRef.current])?.items;
    void startAppHost({
      client: () => clientRef.current,
      frame: frame.contentWindow,
      html: resource.html,
      ...(resource.csp && { csp: resource.csp }),
      ...(granted.length > 0 && { permissions: Object.fromEntries(granted.map((name) => [name, {}])) }),
      hostContext: contextRef.current(),
      tools: knownTools,
      record: (dir, message) => recordAppMessage?.(dir, app, message),
      version,
      events: {
        initialized: () => setInitialized(true),
        sizeChanged: ({ height: h }) => h !== undefined && setHeight(Math.min(Math.max(Math.ceil(h), 40), 2000)),
        message: (params) => note("message", summarize(params["content"]), params),
        modelContext: (params) => {
          setModelContext(params);
          note("model-context", summarize(params["content"] ?? params["structuredContent"]), params);
        },
        openLink: (url) => {
          note("open-link", url);
          return new Promise<boolean>((answer) => setLink({ url, answer }));
        },
        displayMode: (requested) => {
          setDisplayMode(requested);
          return requested;
        },
        teardownRequested: () => {
          note("teardown-request", "the app asked to be closed");
          void close();
        },
        log: (params) => note("log", `${String(params["level"] ?? "")} ${summarize(params["data"])}`, params),
      },
    }).then(
      (connected) => {
        if (stopped) return void teardownApp(connected, 0);
        bridge = connected;
        bridgeRef.current = connected;
        frame.src = sandboxPageUrl(sandboxUrl, window.location.origin, resource.csp);
      },
      (error: unknown) => setFailure(describeError(error).text),
    );
    return () => {
      stopped = true;
      if (bridge) void teardownApp(bridge, 500);
      bridgeRef.current = undefined;
    };
    // One bridge per app instance: a reload is a new AppFrame (its key changes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Tool input as soon as the app is ready; the result when it arrives (or at once, if it already has).
  useEffect(() => {
    const bridge = bridgeRef.current;
    if (!initialized || !bridge || !call) return;
    void bridge.sendToolInput({ arguments: call.args });
  }, [initialized, call?.args]);
  useEffect(() => {
    const bridge = bridgeRef.current;
    if (!initialized || !bridge || !call) return;
    if (call.result) void bridge.sendToolResult(call.result);
    else if (call.cancelled) void bridge.sendToolCancelled({ reason: call.cancelled });
  }, [initialized, call?.result, call?.cancelled]);
  // What the person changes of the host, the app is told.
  useEffect(() => {
    if (initialized) bridgeRef.current?.setHostContext(contextRef.current());
  }, [initialized, theme, locale, displayMode]);

  async function close() {
    const bridge = bridgeRef.current;
    bridgeRef.current = undefined;
    if (bridge) await teardownApp(bridge);
    setClosed(true);
  }

  if (closed) {
    return (
      <Group gap="xs" data-testid="app-closed">
        <Text size="xs" c="dimmed">The app was closed (ui/resource-teardown).</Text>
        <Button size="compact-xs" variant="default" onClick={onReload}>Load it again</Button>
      </Group>
    );
  }
  const frameClass = displayMode === "fullscreen" ? classes.fullscreen : displayMode === "pip" ? classes.pip : classes.inline;
  return (
    <Stack gap="xs">
      <Group gap="xs" justify="space-between">
        <HostControls
          theme={theme}
          onTheme={setTheme}
          locale={locale}
          onLocale={setLocale}
          displayMode={displayMode}
          onDisplayMode={setDisplayMode}
          {...(call?.result && { onResendResult: () => void bridgeRef.current?.sendToolResult(call.result!) })}
          onReload={onReload}
        />
        <Group gap={4}>
          <Badge size="xs" variant="light" color={initialized ? "green" : "gray"} data-testid="app-state">
            {initialized ? "initialized" : "loading"}
          </Badge>
          <Text size="xs" c="dimmed" className="mono" data-testid="app-instance">{app.instance}</Text>
        </Group>
      </Group>
      {failure && <Alert color="red" p="xs">{failure}</Alert>}
      <Paper withBorder={resource.prefersBorder !== false} className={frameClass} style={displayMode === "inline" ? { height } : undefined}>
        {displayMode !== "inline" && (
          <Button size="compact-xs" variant="default" className={classes.exit} leftSection={<IconX size={12} />} onClick={() => setDisplayMode("inline")}>
            Back inline
          </Button>
        )}
        <iframe
          ref={frameRef}
          title={`MCP App ${uri}`}
          className={classes.frame}
          // The proxy is on another origin (see the backend's app-sandbox): same-origin there is its own, never ours.
          sandbox="allow-scripts allow-forms"
          allow={allowAttribute(granted)}
          referrerPolicy="no-referrer"
          data-testid="app-frame"
        />
      </Paper>
      <AppActivity events={events} modelContext={modelContext} />
      <Modal opened={link !== undefined} onClose={() => { link?.answer(false); setLink(undefined); }} title="The app wants to open a link" centered>
        <Stack gap="sm">
          <Text size="sm" className="mono" style={{ wordBreak: "break-all" }} data-testid="app-link-url">{link?.url}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => { link?.answer(false); setLink(undefined); }}>Cancel</Button>
            <Button
              onClick={() => {
                if (link) window.open(link.url, "_blank", "noopener,noreferrer");
                link?.answer(true);
                setLink(undefined);
              }}
              data-testid="app-link-open"
            >
              Open link
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** One line for a content array or a value, for the activity list. */
function summarize(value: unknown): string {
  if (Array.isArray(value)) return value.map((block) => (block && typeof block === "object" && "text" in block ? String(block.text) : JSON.stringify(block))).join(" ");
  return typeof value === "string" ? value : JSON.stringify(value) ?? "";
}
