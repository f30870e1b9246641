import { useState } from "react";
import { TokenGate } from "./components/TokenGate";
import { TokenScreen } from "./components/TokenScreen";
import { takeToken } from "./lib/token";

export function App() {
  const [token] = useState(takeToken);
  return token ? <TokenGate token={token} /> : <TokenScreen />;
}
