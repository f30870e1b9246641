import { Button, Group, SegmentedControl, Select, Tooltip } from "@mantine/core";
import { IconArrowsMaximize, IconRefresh, IconSend } from "@tabler/icons-react";
import type { DisplayMode } from "./app-host";

export const LOCALES = ["en-US", "en-GB", "fr-FR", "de-DE", "ja-JP", "ar-EG"];

interface HostControlsProps {
  theme: "light" | "dark";
  onTheme: (theme: "light" | "dark") => void;
  locale: string;
  onLocale: (locale: string) => void;
  displayMode: DisplayMode;
  onDisplayMode: (mode: DisplayMode) => void;
  /** Sends the tool result to the app again (absent before there is one). */
  onResendResult?: () => void;
  onReload: () => void;
}

/** What the app sees of its host, changed by hand: each change is a ui/notifications/host-context-changed. */
export function HostControls(props: HostControlsProps) {
  return (
    <Group gap="xs" data-testid="app-host-controls">
      <SegmentedControl
        size="xs"
        value={props.theme}
        onChange={(v) => props.onTheme(v as "light" | "dark")}
        data={[{ value: "light", label: "Light" }, { value: "dark", label: "Dark" }]}
        aria-label="Theme the app sees"
        data-testid="app-theme"
      />
      <Select
        size="xs"
        w={110}
        value={props.locale}
        onChange={(v) => v && props.onLocale(v)}
        data={LOCALES}
        aria-label="Locale the app sees"
        data-testid="app-locale"
        allowDeselect={false}
      />
      <SegmentedControl
        size="xs"
        value={props.displayMode}
        onChange={(v) => props.onDisplayMode(v as DisplayMode)}
        data={[{ value: "inline", label: "Inline" }, { value: "fullscreen", label: "Fullscreen" }, { value: "pip", label: "Picture-in-picture" }]}
        aria-label="Display mode"
        data-testid="app-display-mode"
      />
      {props.onResendResult && (
        <Tooltip label="Sends ui/notifications/tool-result again, as a host does when a result is re-delivered">
          <Button size="compact-xs" variant="default" leftSection={<IconSend size={12} />} onClick={props.onResendResult} data-testid="app-resend-result">
            Resend result
          </Button>
        </Tooltip>
      )}
      <Tooltip label="Tears the app down and loads it again (a new app instance)">
        <Button size="compact-xs" variant="default" leftSection={<IconRefresh size={12} />} onClick={props.onReload} data-testid="app-reload">
          Reload app
        </Button>
      </Tooltip>
      {props.displayMode !== "inline" && <IconArrowsMaximize size={14} aria-hidden />}
    </Group>
  );
}
