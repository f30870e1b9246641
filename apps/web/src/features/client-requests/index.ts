/**
 * What the server asks of the client: sampling, elicitation (form and URL) and roots, answered by the person
 * or by sampling rules; one requests store per server, joined to each SDK client as a ClientExtension.
 * May import: client/, ui/, features content and forms (their index), core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { ClientRequestStore } from "./client-request-store";
export { ClientRequestsContext } from "./client-requests-context";
export { clientRequestsExtension } from "./register-client-handlers";
export { RequestsButton } from "./RequestsButton";
export { useClientRequests } from "./useClientRequests";
export { openableUrl } from "./elicit-response";
