// create_order: a hand-written JSON Schema so every construct ($defs/$ref, oneOf, nullable, formats...) appears literally.
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { errorResult, text, type DemoTool } from "./tool-kit.js";

const INPUT_SCHEMA: Tool["inputSchema"] = {
  type: "object",
  $defs: {
    address: {
      type: "object",
      title: "Address",
      properties: {
        street: { type: "string", minLength: 1 },
        city: { type: "string", minLength: 1 },
        zip: { type: "string", pattern: "^[0-9]{5}(-[0-9]{4})?$", description: "US ZIP code", examples: ["94103"] },
      },
      required: ["street", "city", "zip"],
      additionalProperties: false,
    },
    item: {
      type: "object",
      title: "Line item",
      properties: {
        sku: { type: "string", pattern: "^[A-Z]{3}-[0-9]{3}$", examples: ["ABC-123"] },
        quantity: { type: "integer", minimum: 1, maximum: 1000, default: 1 },
        price: { type: "number", exclusiveMinimum: 0, multipleOf: 0.01, description: "Unit price in USD" },
      },
      required: ["sku", "quantity", "price"],
      additionalProperties: false,
    },
  },
  properties: {
    schemaVersion: { type: "integer", const: 1, default: 1, readOnly: true, description: "Set by the server; leave as is" },
    customer: {
      type: "object",
      title: "Customer",
      properties: {
        name: { type: "string", minLength: 1, maxLength: 100 },
        email: { type: "string", format: "email", examples: ["ada@example.com"] },
        address: { $ref: "#/$defs/address" },
      },
      required: ["name", "email", "address"],
      additionalProperties: false,
    },
    items: { type: "array", items: { $ref: "#/$defs/item" }, minItems: 1, maxItems: 50 },
    priority: {
      type: "string",
      title: "Priority",
      oneOf: [
        { const: "low", title: "Low (whenever)" },
        { const: "normal", title: "Normal" },
        { const: "high", title: "High (expedite)" },
      ],
      default: "normal",
    },
    payment: {
      title: "Payment",
      oneOf: [
        {
          type: "object",
          title: "Card",
          properties: { method: { const: "card" }, cardNumber: { type: "string", pattern: "^[0-9]{12,19}$" } },
          required: ["method", "cardNumber"],
          additionalProperties: false,
        },
        {
          type: "object",
          title: "Invoice",
          properties: { method: { const: "invoice" }, dueDays: { type: "integer", minimum: 1, maximum: 90, default: 30 } },
          required: ["method", "dueDays"],
          additionalProperties: false,
        },
      ],
    },
    note: { type: ["string", "null"], maxLength: 500, default: null, description: "Optional note, may be null" },
    deliveryDate: { type: "string", format: "date", examples: ["2030-01-31"] },
    callbackUrl: { type: "string", format: "uri", examples: ["https://example.com/hooks/order"] },
    instructions: {
      type: "string",
      maxLength: 2000,
      description: "Multi-line delivery instructions",
      examples: ["Leave at the back door.\nRing twice."],
    },
    giftWrap: { type: "boolean", default: false },
    tags: { type: "array", items: { type: "string" }, uniqueItems: true, maxItems: 10 },
    metadata: { type: "object", additionalProperties: { type: "string" }, description: "Free-form string map" },
  },
  required: ["customer", "items", "payment"],
  additionalProperties: false,
};

const OUTPUT_SCHEMA: NonNullable<Tool["outputSchema"]> = {
  type: "object",
  properties: {
    orderId: { type: "string" },
    status: { type: "string", enum: ["accepted"] },
    customerName: { type: "string" },
    itemCount: { type: "integer" },
    total: { type: "number" },
    currency: { type: "string" },
    priority: { type: "string", enum: ["low", "normal", "high"] },
    paymentMethod: { type: "string", enum: ["card", "invoice"] },
    deliveryDate: { type: ["string", "null"] },
    giftWrap: { type: "boolean" },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["orderId", "status", "customerName", "itemCount", "total", "currency", "priority", "paymentMethod"],
  additionalProperties: false,
};

interface OrderInput {
  customer: { name: string; email: string; address: { city: string } };
  items: { sku: string; quantity: number; price: number }[];
  priority?: "low" | "normal" | "high";
  payment: { method: "card"; cardNumber: string } | { method: "invoice"; dueDays: number };
  deliveryDate?: string;
  giftWrap?: boolean;
  tags?: string[];
}

export function orderTool(): DemoTool {
  // The SDK's own Ajv validator, so the schema shown to clients is exactly the one enforced.
  const validate = new AjvJsonSchemaValidator().getValidator<OrderInput>(INPUT_SCHEMA);
  let sequence = 0;
  return {
    definition: {
      name: "create_order",
      title: "Create an order",
      description: "Places a (pretend) order. Its input schema uses nested objects, arrays, enums, oneOf, nullable, formats and $ref.",
      inputSchema: INPUT_SCHEMA,
      outputSchema: OUTPUT_SCHEMA,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    run(args) {
      const checked = validate(args);
      if (!checked.valid) return errorResult(`Invalid order: ${checked.errorMessage}`);
      const order = checked.data;
      sequence += 1;
      const total = Math.round(order.items.reduce((sum, item) => sum + item.quantity * item.price, 0) * 100) / 100;
      const summary = {
        orderId: `ORD-${String(sequence).padStart(4, "0")}`,
        status: "accepted" as const,
        customerName: order.customer.name,
        itemCount: order.items.reduce((sum, item) => sum + item.quantity, 0),
        total,
        currency: "USD",
        priority: order.priority ?? "normal",
        paymentMethod: order.payment.method,
        deliveryDate: order.deliveryDate ?? null,
        giftWrap: order.giftWrap ?? false,
        tags: order.tags ?? [],
      };
      const lines = [
        `Order ${summary.orderId} accepted for ${summary.customerName} (${order.customer.address.city}).`,
        ...order.items.map((item) => `- ${item.quantity} x ${item.sku} @ $${item.price.toFixed(2)}`),
        `Total: $${total.toFixed(2)}, priority ${summary.priority}, paid by ${summary.paymentMethod}.`,
      ];
      return { content: [text(lines.join("\n"))], structuredContent: summary };
    },
  };
}
