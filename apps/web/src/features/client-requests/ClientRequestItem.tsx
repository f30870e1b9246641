import { Skeleton, Text } from "@mantine/core";
import { Suspense, lazy } from "react";
import { canAnswer, type ClientRequest } from "./client-request";
import { useRequestStore } from "./client-requests-context";
import { ElicitationUrlView } from "./ElicitationUrlView";
import { RequestCard } from "./RequestCard";
import { SamplingReplyForm } from "./SamplingReplyForm";
import { SamplingRequestView } from "./SamplingRequestView";
import { samplingRules } from "./sampling-rules";

// The tools' form engine loads with the first elicitation form, not with the page.
const ElicitationFormView = lazy(() => import("./ElicitationFormView").then((m) => ({ default: m.ElicitationFormView })));

/** One server request with what it asks and, while it can still be answered, the controls to answer it. */
export function ClientRequestItem({ request, now }: { request: ClientRequest; now: number }) {
  const open = request.status === "pending";
  const disabled = !canAnswer(request, now);
  const clientRequests = useRequestStore();
  const answer = (result: unknown) => clientRequests.answer(request.id, result);
  return (
    <RequestCard request={request} now={now}>
      {request.kind === "sampling" ? (
        <>
          <SamplingRequestView params={request.params} />
          {open && (
            <SamplingReplyForm
              server={request.server}
              disabled={disabled}
              onReply={(result, remember) => {
                if (answer(result) && remember) samplingRules.add(request.server, remember);
              }}
              onReject={(error) => clientRequests.reject(request.id, error)}
            />
          )}
        </>
      ) : request.params.mode === "url" ? (
        open ? <ElicitationUrlView params={request.params} disabled={disabled} onAnswer={answer} /> : <UrlSummary params={request.params} />
      ) : open ? (
        <Suspense fallback={<Skeleton height={80} />}>
          <ElicitationFormView message={String(request.params.message ?? "")} requestedSchema={request.params.requestedSchema} disabled={disabled} onAnswer={answer} />
        </Suspense>
      ) : (
        <Text size="sm" className="pre-wrap">{String(request.params.message ?? "")}</Text>
      )}
    </RequestCard>
  );
}

function UrlSummary({ params }: { params: Record<string, unknown> }) {
  return <span className="mono" style={{ fontSize: "var(--mantine-font-size-xs)" }}>{String(params.url ?? "")}</span>;
}
