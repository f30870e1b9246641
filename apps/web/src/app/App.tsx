import { useState } from "react";
import { TokenGate } from "./TokenGate";
import { TokenScreen } from "./TokenScreen";
import { takeToken } from "../client/token";

export function App() {
  const [token] = useState(takeToken);
  return token ? <TokenGate token={token} /> : <TokenScreen />;
}
