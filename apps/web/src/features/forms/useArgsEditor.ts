import { useEffect, useMemo, useState } from "react";
import { formValues } from "./form-defaults";
import { parseJsonArgs, type ParsedArgs } from "./parse-json-args";
import { pruneEmpty } from "./prune-empty";
import { saveEditorArgs, type ArgsMode, type RememberedArgs } from "./remembered-args";
import { secretPaths } from "./secret-fields";
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
  /** Whether the schema has fields that look secret (they are not stored unless `rememberSecrets`). */
  hasSecrets: boolean;
  rememberSecrets: boolean;
  setRememberSecrets: (remember: boolean) => void;
  setValues: (values: Record<string, unknown>) => void;
  setText: (text: string) => void;
  switchTo: (mode: ArgsMode) => void;
}

export const prettyArgs = (args: unknown) => JSON.stringify(args, null, 2);

/**
 * A tool's argument editor state: Form values and JSON text, converted on each switch (never while
 * typing: the text is only ever what the user typed), saved per target, server and tool (`scope`, see
 * argsScope) as it changes; fields that look secret are kept out of storage unless the person asks.
 */
export function useArgsEditor(schema: unknown, scope: string, toolName: string, initial: RememberedArgs | undefined): ArgsEditorState {
  const [mode, setMode] = useState<ArgsMode>(initial?.mode ?? "form");
  const [rawValues, setRawValues] = useState(initial?.values);
  const [text, setTextState] = useState(() => initial?.text || prettyArgs(pruneEmpty(formValues(schema, initial?.values), schema)));
  const [switchError, setSwitchError] = useState<string>();
  const [rememberSecrets, setRememberSecrets] = useState(initial?.rememberSecrets === true);
  const secrets = useMemo(() => secretPaths(schema), [schema]);

  const values = useMemo(() => formValues(schema, rawValues), [schema, rawValues]);
  const args: ParsedArgs = useMemo(
    () => (mode === "json" ? parseJsonArgs(text) : { ok: true, value: pruneEmpty(values, schema) as Record<string, unknown> }),
    [mode, text, values, schema],
  );
  const validation = useMemo(() => (args.ok ? validateArgs(schema, args.value) : { valid: false, problems: [], errorSchema: {} }), [args, schema]);

  useEffect(() => {
    saveEditorArgs(scope, toolName, { mode, values: rawValues, text, rememberSecrets }, secrets);
  }, [scope, toolName, mode, rawValues, text, rememberSecrets, secrets]);

  return {
    mode,
    values,
    text,
    args,
    validation,
    switchError,
    hasSecrets: secrets.length > 0,
    rememberSecrets,
    setRememberSecrets,
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
