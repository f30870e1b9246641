import { useEffect, useMemo, useState } from "react";
import { formValues } from "./form-defaults";
import { parseJsonArgs, type ParsedArgs } from "./parse-json-args";
import { pruneEmpty } from "./prune-empty";
import { saveEditorArgs, type ArgsMode, type RememberedArgs } from "./remembered-args";
import { validateArgs, type ArgsValidation } from "./validate-args";

export interface ArgsEditorState {
  mode: ArgsMode;
  /** The values the form shows (defaults filled in). */
  values: Record<string, unknown>;
  text: string;
  /** The arguments a call would send now, or why there are none (JSON that does not parse). */
  args: ParsedArgs;
  validation: ArgsValidation;
  /** Why the last switch to Form was refused. */
  switchError: string | undefined;
  setValues: (values: Record<string, unknown>) => void;
  setText: (text: string) => void;
  switchTo: (mode: ArgsMode) => void;
}

export const prettyArgs = (args: unknown) => JSON.stringify(args, null, 2);

/**
 * A tool's argument editor state: Form values and JSON text, converted on each switch (never while
 * typing: the text is only ever what the user typed), saved per server and tool as it changes.
 */
export function useArgsEditor(schema: unknown, serverName: string, toolName: string, initial: RememberedArgs | undefined): ArgsEditorState {
  const [mode, setMode] = useState<ArgsMode>(initial?.mode ?? "form");
  const [rawValues, setRawValues] = useState(initial?.values);
  const [text, setTextState] = useState(() => initial?.text || prettyArgs(pruneEmpty(formValues(schema, initial?.values), schema)));
  const [switchError, setSwitchError] = useState<string>();

  const values = useMemo(() => formValues(schema, rawValues), [schema, rawValues]);
  const args: ParsedArgs = useMemo(
    () => (mode === "json" ? parseJsonArgs(text) : { ok: true, value: pruneEmpty(values, schema) as Record<string, unknown> }),
    [mode, text, values, schema],
  );
  const validation = useMemo(() => (args.ok ? validateArgs(schema, args.value) : { valid: false, problems: [], errorSchema: {} }), [args, schema]);

  useEffect(() => {
    saveEditorArgs(serverName, toolName, { mode, values: rawValues, text });
  }, [serverName, toolName, mode, rawValues, text]);

  return {
    mode,
    values,
    text,
    args,
    validation,
    switchError,
    setValues: setRawValues,
    setText: (next) => {
      setTextState(next);
      setSwitchError(undefined);
    },
    switchTo(next) {
      if (next === mode) return;
      if (next === "json") {
        setTextState(prettyArgs(args.ok ? args.value : {}));
        setSwitchError(undefined);
        setMode("json");
        return;
      }
      const parsed = parseJsonArgs(text);
      if (!parsed.ok) {
        setSwitchError(`Cannot show this as a form: ${parsed.error}. Fix the JSON first.`);
        return;
      }
      setRawValues(parsed.value);
      setMode("form");
    },
  };
}
