export type { Finding, ProtocolChecker, ProtocolCheckerOptions, Rule } from "./types";
