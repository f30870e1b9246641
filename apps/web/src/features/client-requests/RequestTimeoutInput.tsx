import { NumberInput } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { DEFAULT_REQUEST_TIMEOUT_S, parseRequestTimeout, REQUEST_TIMEOUT_STORAGE_KEY } from "./request-timeout";

/** How long a server request may wait for an answer (applies to requests that arrive afterwards). */
export function RequestTimeoutInput() {
  const [stored, setStored] = useLocalStorage<string>({
    key: REQUEST_TIMEOUT_STORAGE_KEY,
    defaultValue: String(DEFAULT_REQUEST_TIMEOUT_S),
    serialize: (v) => v,
    deserialize: (v) => v ?? String(DEFAULT_REQUEST_TIMEOUT_S),
  });
  return (
    <NumberInput
      size="xs"
      w={180}
      label="Answer within (s)"
      description="then the request expires"
      min={1}
      value={parseRequestTimeout(stored)}
      onChange={(value) => typeof value === "number" && value > 0 && setStored(String(value))}
      data-testid="request-timeout"
    />
  );
}
