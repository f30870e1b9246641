import { Button } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useState } from "react";
import { SessionsDrawer } from "./LazySessionsDrawer";

/** The header's way to past sessions. */
export function SessionsButton() {
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on (its code loads then), so it can animate closed like any drawer.
  const [everOpened, setEverOpened] = useState(false);
  if (opened && !everOpened) setEverOpened(true);
  return (
    <>
      <Button variant="default" leftSection={<IconHistory size={14} />} onClick={() => setOpened((o) => !o)} data-testid="sessions-button">
        Sessions
      </Button>
      {everOpened && <SessionsDrawer opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}
