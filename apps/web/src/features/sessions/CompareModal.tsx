import { Modal, ScrollArea } from "@mantine/core";
import { SessionDiff } from "./diff/SessionDiff";
import type { OpenedSession } from "./read-only-session";

/** Two recorded sessions side by side (the older file as A, the current run as B). */
export function CompareModal({ pair, onClose }: { pair?: [OpenedSession, OpenedSession]; onClose: () => void }) {
  return (
    <Modal opened={pair !== undefined} onClose={onClose} fullScreen title="Compare sessions" scrollAreaComponent={ScrollArea.Autosize} data-testid="compare-modal">
      {pair && <SessionDiff a={pair[0].parsed} b={pair[1].parsed} labels={[pair[0].source, pair[1].source]} />}
    </Modal>
  );
}
