import "@mantine/core/styles.css";
import "./app.css";
import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { theme } from "../ui/theme";
import { createQueryClient } from "../client/create-query-client";
import { loadInspectorClient } from "../client/load-inspector-client";

// First: the SDK client's chunk, fetched and parsed while React renders and the server list is asked for.
void loadInspectorClient();

// The page's own queries (the server list); each server's inspector has its own client.
const queryClient = createQueryClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
