// Owns the logging/setLevel threshold so tools can report whether a message was actually sent.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { SetLevelRequestSchema, type LoggingLevel } from "@modelcontextprotocol/sdk/types.js";

export const LOG_LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"] as const;

export class DemoLogger {
  private minimum: LoggingLevel | undefined;

  constructor(private readonly server: Server) {
    // Replaces the SDK's built-in handler so the threshold lives here, where log() can read it.
    server.setRequestHandler(SetLevelRequestSchema, (request) => {
      this.minimum = request.params.level;
      return {};
    });
  }

  /** The level the client asked for, or undefined if it never called logging/setLevel. */
  get level(): LoggingLevel | undefined {
    return this.minimum;
  }

  allows(level: LoggingLevel): boolean {
    return this.minimum === undefined || LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(this.minimum);
  }

  /** Sends notifications/message unless the level is below the threshold; returns whether it was sent. */
  async log(level: LoggingLevel, data: unknown, logger = "demo"): Promise<boolean> {
    if (!this.allows(level)) return false;
    await this.server.sendLoggingMessage({ level, logger, data });
    return true;
  }
}
