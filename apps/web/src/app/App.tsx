import { useCallback, useState } from "react";
import { TokenGate } from "./TokenGate";
import { TokenScreen } from "./TokenScreen";
import { rememberToken, takeToken } from "../client/token";

export function App() {
  const [token, setToken] = useState(takeToken);
  // A token typed in: kept for this tab like one from the URL; what the address names then opens.
  const signIn = useCallback((next: string) => {
    rememberToken(next);
    setToken(next);
  }, []);
  return token ? <TokenGate key={token} token={token} onToken={signIn} /> : <TokenScreen onToken={signIn} />;
}
