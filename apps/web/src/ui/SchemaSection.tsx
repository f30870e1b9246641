import { Button, Collapse, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { JsonBlock } from "./JsonBlock";

/** A JSON schema behind a disclosure button, collapsed by default. */
export function SchemaSection({ label, schema }: { label: string; schema: unknown }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        w="fit-content"
        onClick={toggle}
        aria-expanded={opened}
        leftSection={opened ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
      >
        {label}
      </Button>
      <Collapse expanded={opened}>
        <JsonBlock value={schema} maxHeight={320} />
      </Collapse>
    </Stack>
  );
}
