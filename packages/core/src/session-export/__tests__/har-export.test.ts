import Ajv from "ajv";
import addFormats from "ajv-formats";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";
import harSchema from "har-schema";
import { describe, expect, it } from "vitest";
import { ExportError, sessionToHar } from "../har-export";
import { hostileSession, httpSession, modernSession } from "./export-sessions";

/** HAR 1.2's JSON schema (har-schema, the one har-validator uses), compiled with Ajv. */
function harValidator() {
  // har-schema is draft-06 and carries its own non-standard "optional" keyword: not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  for (const schema of Object.values(harSchema as Record<string, object>)) ajv.addSchema(schema);
  return ajv.getSchema("har.json#")!;
}

type Har = { log: { entries: { request: { method: string; url: string; headers: { name: string; value: string }[]; postData?: { text: string } }; response: { status: number; content: { text?: string } } }[] } };

describe("sessionToHar", () => {
  it("turns a recorded Streamable HTTP session into a HAR 1.2 log that its JSON schema accepts, one entry per HTTP exchange", () => {
    const { header, frames } = httpSession();
    const har = sessionToHar(header, frames) as Har;
    const validate = harValidator();
    expect(validate(har), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema does catch a broken entry (so the line above can fail).
    const { timings: _dropped, ...broken } = har.log.entries[0] as unknown as Record<string, unknown>;
    expect(validate({ log: { ...har.log, entries: [broken] } })).toBe(false);
    const exchanges = frames.filter((f) => f.kind === "http" && f.event === "response");
    expect(har.log.entries).toHaveLength(exchanges.length);
    const first = har.log.entries[0]!;
    expect(first.request.method).toBe("POST");
    expect(JSON.parse(first.request.postData!.text).method).toBe("initialize");
    expect(JSON.parse(first.response.content.text!).result.serverInfo.name).toBeTruthy();
    const toolsList = har.log.entries.find((e) => e.request.postData && JSON.parse(e.request.postData.text).method === "tools/list")!;
    expect(JSON.parse(toolsList.response.content.text!).result.tools.length).toBeGreaterThan(0);
  });

  it("keeps the secrets masked: the URL's api_key and the Authorization value", () => {
    const { header, frames } = httpSession();
    const text = JSON.stringify(sessionToHar(header, frames));
    expect(text).toContain("api_key=****");
    expect(text).toContain("Bearer ****");
    expect(text).not.toMatch(/SEKRET/);
  });

  it("refuses a stdio session, saying HAR needs an HTTP session", () => {
    expect(() => sessionToHar(modernSession.header, modernSession.frames)).toThrow(ExportError);
    const { header, frames } = hostileSession();
    expect(() => sessionToHar(header, frames)).toThrow(/HAR needs an HTTP session/);
  });
});
