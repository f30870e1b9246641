import { Badge, Tabs } from "@mantine/core";
import { useMemo } from "react";
import type { LogTab } from "../checks/checks-context";
import { ChecksPanel } from "../checks/ChecksPanel";
import { RULE_TABLE } from "../checks/rule-table";
import { useChecks } from "../checks/useChecks";
import { useSession } from "../hooks/useSession";
import { MessageLog } from "./MessageLog";
import { StderrLog } from "./StderrLog";
import classes from "./LogPanel.module.css";

/** The always-visible log: every message/noise/process frame, the server's stderr, and the protocol checks. */
export function LogPanel() {
  const { snapshot } = useSession();
  const checks = useChecks();
  const { rows, stderr, messageCount } = useMemo(() => {
    const rows = snapshot.frames.filter((f) => f.kind !== "stderr");
    const stderr = snapshot.frames.filter((f) => f.kind === "stderr");
    // The tab counts what it shows by default: check frames are badges there, not rows.
    const messageCount = rows.reduce((n, f) => (f.kind === "check" ? n : n + 1), 0);
    return { rows, stderr, messageCount };
  }, [snapshot.frames]);
  const problems = checks.counts.error + checks.counts.warning;
  return (
    <Tabs
      value={checks.logTab}
      onChange={(value) => value && checks.setLogTab(value as LogTab)}
      className={classes.root}
      classNames={{ panel: classes.panel }}
      keepMounted
    >
      <Tabs.List px="xs">
        <Tabs.Tab value="messages" rightSection={<Count n={messageCount} />}>
          Messages
        </Tabs.Tab>
        <Tabs.Tab value="stderr" rightSection={<Count n={stderr.length} />}>
          stderr
        </Tabs.Tab>
        <Tabs.Tab value="checks" rightSection={<Count n={problems} color={checks.counts.error ? "red" : problems ? "orange" : "gray"} />} data-testid="checks-tab">
          Checks
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="messages">
        <MessageLog frames={rows} pairer={snapshot.pairer} findings={checks.index} silenced={checks.silenced} focus={checks.focus} />
      </Tabs.Panel>
      <Tabs.Panel value="stderr">
        <StderrLog frames={stderr} />
      </Tabs.Panel>
      <Tabs.Panel value="checks">
        <ChecksPanel
          findings={checks.index.all()}
          silenced={checks.silenced}
          onSilence={checks.setSilenced}
          onShowFrame={checks.showFrame}
          rules={RULE_TABLE}
        />
      </Tabs.Panel>
    </Tabs>
  );
}

function Count({ n, color = "gray" }: { n: number; color?: string }) {
  return (
    <Badge size="xs" variant="light" color={color} className="mono">
      {n}
    </Badge>
  );
}
