// @vitest-environment jsdom
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import demo from "./corpus/demo.json";
import everything from "./corpus/everything.json";
import filesystem from "./corpus/filesystem.json";
import memory from "./corpus/memory.json";
import { HAND_WRITTEN } from "./hand-written-schemas";
import { renderWithMantine } from "../../../test-support/render";
import { SchemaForm } from "../SchemaForm";
import { formValues } from "../form-defaults";
import { normalizeSchema } from "../normalize-schema";
import { parseJsonArgs } from "../parse-json-args";
import { pruneEmpty } from "../prune-empty";
import { prettyArgs } from "../useArgsEditor";
import { validateArgs } from "../validate-args";

afterEach(cleanup);

const corpus = Object.entries({ demo, everything, filesystem, memory }).flatMap(([server, tools]) =>
  Object.entries(tools as Record<string, Record<string, unknown>>).map(([tool, schema]) => ({ name: `${server}/${tool}`, schema, problems: undefined as string[] | undefined })),
);
const cases = [...corpus, ...HAND_WRITTEN];

describe.each(cases)("$name", ({ schema, problems }) => {
  it("normalizes to an object schema, deterministically", () => {
    const once = normalizeSchema(schema);
    expect(once.type ?? once.$ref).toBeDefined();
    expect(normalizeSchema(schema)).toEqual(once);
    expect(JSON.stringify(once)).not.toContain('"$schema"');
  });

  it("renders a form in jsdom", () => {
    const { container } = renderWithMantine(<SchemaForm schema={schema} values={undefined} onChange={() => {}} />);
    expect(container.querySelector("form")).not.toBeNull();
  });

  it("its default data validates, or fails only where expected", () => {
    const args = pruneEmpty(formValues(schema, undefined), schema);
    const result = validateArgs(schema, args);
    if (problems) expect(result.problems.map((p) => p.path).sort()).toEqual([...problems].sort());
    else expect(result.problems.every((p) => p.message === "is required" || p.path !== "")).toBe(true);
  });

  it("round-trips form data -> JSON text -> form data", () => {
    const args = pruneEmpty(formValues(schema, undefined), schema);
    const parsed = parseJsonArgs(prettyArgs(args));
    expect(parsed).toEqual({ ok: true, value: args });
    if (parsed.ok) expect(pruneEmpty(formValues(schema, parsed.value), schema)).toEqual(args);
  });
});
