import { createContext, useContext } from "react";
import { clientRequests, type ClientRequestStore } from "./client-request-store";

/**
 * The requests store of the server this tree shows: each live server's session has its own (so one
 * server's sampling request is never offered in another's drawer). Outside a session (component
 * tests, a recorded session) it is the page's default store.
 */
export const ClientRequestsContext = createContext<ClientRequestStore>(clientRequests);

export function useRequestStore(): ClientRequestStore {
  return useContext(ClientRequestsContext);
}
