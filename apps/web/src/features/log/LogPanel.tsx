import { Badge, Tabs } from "@mantine/core";
import { useRef } from "react";
import type { LogTab } from "../checks";
import { ChecksPanel } from "../checks";
import { checksTabCount } from "../checks";
import { RULE_TABLE } from "../checks";
import { useChecks } from "../checks";
import { useSession } from "../../client/useSession";
import { StatsView } from "./StatsView";
import { StderrFrames } from "./stderr-frames";
import { useExchangeIndex } from "./useLogIndex";
import { MessageLog } from "./MessageLog";
import { StderrLog } from "./StderrLog";
import classes from "./LogPanel.module.css";

/** The always-visible log: every frame, the server's stderr, the protocol checks, and latency statistics. */
export function LogPanel() {
  const { snapshot } = useSession();
  const checks = useChecks();
  const stderrRef = useRef<StderrFrames>(null);
  stderrRef.current ??= new StderrFrames();
  // Incremental (reads only new frames): this runs on every batch of frames.
  const stderr = stderrRef.current.sync(snapshot.frames);
  // One exchange index for the log and Stats: opening Stats must not pair every frame again.
  const exchanges = useExchangeIndex(snapshot.frames);
  // The tab counts what it shows by default: check frames are badges there, not rows.
  const messageCount = snapshot.frames.length - checks.index.all().length;
  const checksCount = checksTabCount(checks.counts);
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
        <Tabs.Tab value="checks" rightSection={<Count n={checksCount.n} color={checksCount.color} testId="checks-tab-count" />} data-testid="checks-tab">
          Checks
        </Tabs.Tab>
        <Tabs.Tab value="stats" data-testid="stats-tab">
          Stats
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="messages">
        <MessageLog frames={snapshot.frames} exchanges={exchanges} findings={checks.index} silenced={checks.silenced} focus={checks.focus} />
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
      <Tabs.Panel value="stats">
        <StatsView exchanges={exchanges} active={checks.logTab === "stats"} />
      </Tabs.Panel>
    </Tabs>
  );
}

function Count({ n, color = "gray", testId }: { n: number; color?: string; testId?: string }) {
  return (
    <Badge size="xs" variant="light" color={color} className="mono" data-testid={testId}>
      {n.toLocaleString()}
    </Badge>
  );
}
