import { Button } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useState } from "react";
import { SessionsDrawer } from "./SessionsDrawer";

/** The header's way to past sessions. */
export function SessionsButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconHistory size={14} />} onClick={() => setOpened((o) => !o)} data-testid="sessions-button">
        Sessions
      </Button>
      <SessionsDrawer opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
