import { Badge, Tabs } from "@mantine/core";
import { useMemo, useState } from "react";
import { useSession } from "../hooks/useSession";
import { MessageLog } from "./MessageLog";
import { StderrLog } from "./StderrLog";
import classes from "./LogPanel.module.css";

/** The always-visible log: every message/noise/process frame, and the server's stderr. */
export function LogPanel() {
  const { snapshot } = useSession();
  const [tab, setTab] = useState<string | null>("messages");
  const { rows, stderr } = useMemo(() => {
    const rows = snapshot.frames.filter((f) => f.kind !== "stderr");
    const stderr = snapshot.frames.filter((f) => f.kind === "stderr");
    return { rows, stderr };
  }, [snapshot.frames]);
  return (
    <Tabs value={tab} onChange={setTab} className={classes.root} classNames={{ panel: classes.panel }} keepMounted>
      <Tabs.List px="xs">
        <Tabs.Tab value="messages" rightSection={<Count n={rows.length} />}>
          Messages
        </Tabs.Tab>
        <Tabs.Tab value="stderr" rightSection={<Count n={stderr.length} />}>
          stderr
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="messages">
        <MessageLog frames={rows} pairer={snapshot.pairer} />
      </Tabs.Panel>
      <Tabs.Panel value="stderr">
        <StderrLog frames={stderr} />
      </Tabs.Panel>
    </Tabs>
  );
}

function Count({ n }: { n: number }) {
  return (
    <Badge size="xs" variant="light" color="gray" className="mono">
      {n}
    </Badge>
  );
}
