import type { CheckFrame, Frame, JsonRpcMessage, Severity } from "../frame";

/** A finding before the session numbers it: what a check frame carries. */
export type Finding = Omit<CheckFrame, "seq" | "t" | "kind">;

/** One rule of the protocol checks; ids are stable (users silence them and CI baselines name them). */
export interface Rule {
  id: string;
  severity: Severity;
  /** Short name shown in the Checks panel. */
  title: string;
  /** One line: how to fix it. */
  hint: string;
  /** Where the rule comes from: a spec section, or the client whose behaviour it documents. */
  source: string;
}

/** One reason a value does not match a schema; `path` is a JSON pointer into the value. */
export interface SchemaProblem {
  path: string;
  message: string;
  /** The schema definition the value was checked against, e.g. "CallToolResult". */
  definition?: string;
}

export type SchemaDialect = "draft-07" | "2020-12";

/** A compiled user schema (a tool's inputSchema or outputSchema), or why it does not compile. */
export type CompiledSchema =
  | {
      validate(value: unknown): SchemaProblem | undefined;
      /** Patterns the linear-time engine cannot run (lookarounds, backreferences): not checked. */
      unsupportedPatterns?: string[];
    }
  | { error: string; /** The only problem is a `$ref` outside the document. */ remoteRef?: boolean };

/**
 * JSON Schema machinery, injected so `@mcp-inspect/core/checks` stays light for the browser:
 * `createSchemaValidator()` from `@mcp-inspect/core/checks/wire` is the Ajv implementation.
 */
export interface SchemaValidator {
  /**
   * The first problem of a message against the official schema of `revision`; undefined when it
   * conforms or its method is unknown. A response is checked as the result of `answers.method`. Problems at or under
   * a `covered` JSON pointer are skipped: a dedicated rule reported them already.
   */
  checkMessage(revision: string, message: JsonRpcMessage, answers?: { method: string; task: boolean }, covered?: readonly string[]): SchemaProblem | undefined;
  compile(schema: unknown, dialect: SchemaDialect): CompiledSchema;
}

export interface ProtocolCheckerOptions {
  /** A response slower than this is reported. @default 5000 */
  slowResponseMs?: number;
  /** Without it, the rules that need JSON Schema (wire/schema, schema compilation, structuredContent) are skipped. */
  validator?: SchemaValidator;
}

/** Checks a session's frames as they pass, in order. Stateful: one per session. */
export interface ProtocolChecker {
  /** Findings about this frame (or about earlier ones it reveals, e.g. a response to an unknown id). */
  check(frame: Frame): Finding[];
  /** Findings only the end of a session can tell, e.g. requests never answered. */
  finish(): Finding[];
}
