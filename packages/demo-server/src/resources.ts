// Resource state (the counter, subscriptions) and the resources/* request handlers.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  type ReadResourceResult,
  type Resource,
} from "@modelcontextprotocol/sdk/types.js";
import { paginate } from "./pagination.js";
import { STATIC_RESOURCES } from "./resource-catalog.js";
import { RESOURCE_TEMPLATES, readTemplated } from "./resource-templates.js";

export const COUNTER_URI = "demo://counter";
// The spec's code for "Resource not found".
const RESOURCE_NOT_FOUND = -32002;

const COUNTER_RESOURCE: Resource = {
  uri: COUNTER_URI,
  name: "counter",
  title: "Counter",
  description: "A number that touch_resource changes; subscribe to get notifications/resources/updated.",
  mimeType: "application/json",
  annotations: { audience: ["user", "assistant"], priority: 0.9 },
};

export class ResourceStore {
  private readonly subscriptions = new Set<string>();
  private counter = 0;
  private counterUpdatedAt = new Date().toISOString();

  /** Counter third, so the interesting resources all sit on the first page. */
  list(): Resource[] {
    const [readme, config, ...rest] = STATIC_RESOURCES.map((entry) => entry.resource);
    const counter = { ...COUNTER_RESOURCE, annotations: { ...COUNTER_RESOURCE.annotations, lastModified: this.counterUpdatedAt } };
    return [readme, config, counter, ...rest].filter((resource) => resource !== undefined);
  }

  read(uri: string): ReadResourceResult {
    if (uri === COUNTER_URI) {
      const body = JSON.stringify({ value: this.counter, updatedAt: this.counterUpdatedAt });
      return { contents: [{ uri, mimeType: "application/json", text: body }] };
    }
    const entry = STATIC_RESOURCES.find((candidate) => candidate.resource.uri === uri);
    if (entry) return { contents: [entry.contents] };
    const templated = readTemplated(uri);
    if (templated) return templated;
    throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}`, { uri });
  }

  exists(uri: string): boolean {
    return uri === COUNTER_URI || STATIC_RESOURCES.some((entry) => entry.resource.uri === uri) || readTemplated(uri) !== undefined;
  }

  subscribe(uri: string): void {
    if (!this.exists(uri)) throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}`, { uri });
    this.subscriptions.add(uri);
  }

  unsubscribe(uri: string): void {
    this.subscriptions.delete(uri);
  }

  isSubscribed(uri: string): boolean {
    return this.subscriptions.has(uri);
  }

  /** Changes the counter; the caller decides whether to notify. */
  touchCounter(delta: number): number {
    this.counter += delta;
    this.counterUpdatedAt = new Date().toISOString();
    return this.counter;
  }
}

export function installResourceHandlers(server: Server, store: ResourceStore, pageSize: number): void {
  server.setRequestHandler(ListResourcesRequestSchema, (request) => {
    const page = paginate(store.list(), request.params?.cursor, pageSize);
    return { resources: page.items, ...(page.nextCursor && { nextCursor: page.nextCursor }) };
  });
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({ resourceTemplates: [...RESOURCE_TEMPLATES] }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => store.read(request.params.uri));
  server.setRequestHandler(SubscribeRequestSchema, (request) => {
    store.subscribe(request.params.uri);
    return {};
  });
  server.setRequestHandler(UnsubscribeRequestSchema, (request) => {
    store.unsubscribe(request.params.uri);
    return {};
  });
}
