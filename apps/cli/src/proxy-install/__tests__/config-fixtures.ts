// Realistic client config files, as the clients (or people) write them: the round-trip tests must leave
// every byte of them as it was.

/** Claude Code's project .mcp.json, as `claude mcp add --scope project` writes it. */
export const MCP_JSON = `{
  "mcpServers": {
    "weather": {
      "type": "stdio",
      "command": "node",
      "args": [
        "dist/server.js",
        "--units",
        "metric"
      ],
      "env": {
        "WEATHER_API_KEY": "\${WEATHER_API_KEY}"
      }
    },
    "docs": {
      "type": "http",
      "url": "https://docs.example.com/mcp"
    }
  }
}
`;

/** A big ~/.claude.json: user scope, several projects with local-scope servers, and much else Claude Code keeps. */
export const CLAUDE_JSON = `{
  "numStartups": 214,
  "installMethod": "global",
  "autoUpdates": true,
  "tipsHistory": {
    "new-user-warmup": 7,
    "memory-command": 12
  },
  "mcpServers": {
    "github": {
      "type": "stdio",
      "command": "npx",
      "args": [
        "-y",
        "@modelcontextprotocol/server-github"
      ],
      "env": {
        "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_xxxxxxxxxxxxxxxxxxxx"
      }
    },
    "db": {
      "type": "stdio",
      "command": "uvx",
      "args": [],
      "env": {}
    }
  },
  "projects": {
    "/home/ada/src/weather": {
      "allowedTools": [],
      "history": [
        {
          "display": "why does the forecast tool time out?",
          "pastedContents": {}
        }
      ],
      "mcpContextUris": [],
      "mcpServers": {
        "weather": {
          "type": "stdio",
          "command": "node",
          "args": [
            "/home/ada/src/weather/dist/server.js"
          ],
          "env": {}
        },
        "db": {
          "type": "stdio",
          "command": "python3",
          "args": [
            "-m",
            "dbserver",
            "--dsn=postgres://localhost/weather"
          ],
          "env": {
            "PGPASSWORD": "secret"
          }
        }
      },
      "enabledMcpjsonServers": [],
      "disabledMcpjsonServers": [],
      "hasTrustDialogAccepted": true,
      "projectOnboardingSeenCount": 3
    },
    "/home/ada/src/blog": {
      "allowedTools": [
        "Bash(npm run build)"
      ],
      "history": [],
      "mcpServers": {},
      "hasTrustDialogAccepted": false
    },
    "/home/ada/src/tools": {
      "allowedTools": [],
      "history": [],
      "mcpServers": {
        "lint": {
          "type": "stdio",
          "command": "C:\\\\tools\\\\lint\\u002dserver.exe",
          "args": [],
          "env": {}
        }
      }
    }
  },
  "userID": "4f3c0d2e9b",
  "firstStartTime": "2026-01-04T09:12:44.120Z"
}
`;

/** Claude Desktop's claude_desktop_config.json, edited on Windows: CRLF line endings. */
export const DESKTOP_JSON_LF = `{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "C:\\\\Users\\\\ada\\\\Desktop"]
    },
    "notes": { "command": "notes-server" }
  },
  "globalShortcut": "Ctrl+Space"
}
`;
export const DESKTOP_JSON = DESKTOP_JSON_LF.replaceAll("\n", "\r\n");

/** VS Code's .vscode/mcp.json: JSONC, comments, trailing commas, tabs, inputs. */
export const VSCODE_MCP_JSON = `// Servers for this workspace (see https://code.visualstudio.com/docs/copilot/chat/mcp-servers)
{
\t"inputs": [
\t\t{
\t\t\t"type": "promptString",
\t\t\t"id": "api-key",
\t\t\t"description": "Weather API key",
\t\t\t"password": true,
\t\t},
\t],
\t"servers": {
\t\t/* the one we are debugging */
\t\t"weather": {
\t\t\t"type": "stdio",
\t\t\t"command": "node", // built by npm run build
\t\t\t"args": [
\t\t\t\t"\${workspaceFolder}/dist/server.js", // entry point
\t\t\t],
\t\t\t"env": { "WEATHER_API_KEY": "\${input:api-key}", },
\t\t\t"cwd": "\${workspaceFolder}",
\t\t},
\t\t"remote": {
\t\t\t"type": "http",
\t\t\t"url": "http://127.0.0.1:3001/mcp",
\t\t},
\t},
}
`;

/** VS Code user settings.json with servers under "mcp". */
export const VSCODE_SETTINGS_JSON = `{
    "editor.fontSize": 14,
    // MCP servers for every workspace
    "mcp": {
        "servers": {
            "time": { "command": "uvx", "args": ["mcp-server-time"] },
        },
    },
    "workbench.colorTheme": "Default Dark Modern",
}
`;

/** Cursor's .cursor/mcp.json: an entry without args. */
export const CURSOR_JSON = `{
  "mcpServers": {
    "local-tools": {
      "command": "/usr/local/bin/local-tools-mcp",
      "env": { "LOG_LEVEL": "debug" }
    }
  }
}
`;
