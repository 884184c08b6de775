// Google client failures → one SourceError sentence (exit 3), with secrets scrubbed.
import { ExitError, SourceError } from "../errors.ts";
import { googleMessages } from "./messages.ts";

/** What a failed call tells us, whatever layer (gaxios, node-fetch, gtoken) it came from. */
export interface Failure {
  status: number | undefined;
  /** Network error code: ECONNREFUSED, ENOTFOUND… */
  code: string | undefined;
  timeout: boolean;
  /** Machine reason: ACCESS_TOKEN_SCOPE_INSUFFICIENT, SERVICE_DISABLED, storageQuotaExceeded… */
  reasons: string[];
  message: string;
  activationUrl: string | undefined;
  /** Host the failed request went to. */
  host: string | undefined;
  /** The failure came from the OAuth token endpoint, not the API. */
  tokenEndpoint: boolean;
}

interface ApiErrorBody {
  error?:
    | {
        code?: number;
        message?: string;
        status?: string;
        errors?: { reason?: string }[];
        details?: { reason?: string; metadata?: Record<string, string> }[];
      }
    | string;
  error_description?: string;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

export function classify(e: unknown): Failure {
  const err = (e ?? {}) as {
    status?: number;
    code?: string | number;
    name?: string;
    type?: string;
    message?: string;
    response?: { status?: number; data?: unknown };
    config?: { url?: string | URL };
    cause?: unknown;
  };
  const status = err.response?.status ?? (typeof err.status === "number" ? err.status : undefined);
  let code = typeof err.code === "string" && !/^\d+$/.test(err.code) ? err.code : undefined;
  const cause = err.cause as { code?: string; name?: string } | undefined;
  if (!code && typeof cause?.code === "string") code = cause.code;
  const text = `${err.name ?? ""} ${err.type ?? ""} ${cause?.name ?? ""} ${err.message ?? ""}`;
  const timeout =
    status === undefined &&
    (/TimeoutError|AbortError|aborted|timed? ?out|ETIMEDOUT|request-timeout/i.test(text) ||
      code === "ETIMEDOUT");
  let body = err.response?.data as ApiErrorBody | string | undefined;
  if (typeof body === "string") {
    try {
      body = JSON.parse(body) as ApiErrorBody;
    } catch {
      body = undefined;
    }
  }
  const reasons: string[] = [];
  let message = "";
  let activationUrl: string | undefined;
  if (body && typeof body === "object") {
    const be = body.error;
    if (typeof be === "object" && be) {
      message = be.message ?? "";
      if (be.status) reasons.push(be.status);
      for (const x of be.errors ?? []) if (x.reason) reasons.push(x.reason);
      for (const d of be.details ?? []) {
        if (d.reason) reasons.push(d.reason);
        activationUrl ??= d.metadata?.activationUrl;
      }
    } else if (typeof be === "string") {
      reasons.push(be);
      message = body.error_description ?? be;
    }
  }
  if (!message && status === undefined && !timeout && !code) message = err.message ?? "";
  let host: string | undefined;
  let tokenEndpoint = false;
  try {
    const url = new URL(String(err.config?.url));
    host = url.host;
    tokenEndpoint = /\/token$/.test(url.pathname);
  } catch {
    // No request URL: the failure happened before the request.
  }
  if (!tokenEndpoint && /invalid_grant|invalid_client|unauthorized_client/.test(err.message ?? "")) {
    tokenEndpoint = true;
    reasons.push("invalid_grant");
  }
  return { status, code, timeout, reasons, message, activationUrl, host, tokenEndpoint };
}

/** 429 and 5xx, timeouts and dropped connections are worth another try. */
export function isRetryable(f: Failure): boolean {
  if (f.status !== undefined) return f.status === 429 || (f.status >= 500 && f.status <= 599);
  if (f.timeout) return true;
  return f.code === "ECONNRESET" || f.code === "EPIPE" || f.code === "UND_ERR_SOCKET";
}

/** Removes tokens, keys and secrets from text that may echo a request. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let s = text;
  for (const secret of secrets) if (secret && secret.length >= 6) s = s.split(secret).join("[redacted]");
  return s
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, "[redacted]")
    .replace(/\bya29\.[\w.-]+/g, "[redacted]")
    .replace(/\b1\/\/[\w.-]{20,}/g, "[redacted]")
    .replace(/\bGOCSPX-[\w-]+/g, "[redacted]")
    .replace(
      /\b(Bearer|access_token=|refresh_token=|client_secret=|assertion=)\s*[^\s&"']+/gi,
      "$1[redacted]",
    );
}

/** Raised by withRetry when the deadline passed while the API kept failing. */
export class RetriesExhausted extends Error {
  constructor(
    readonly last: unknown,
    readonly seconds: number,
  ) {
    super("retries exhausted");
  }
}

export interface FailureContext {
  /** "the sheet", "the Drive folder"… */
  what: string;
  /** The spreadsheet or folder ID, for 404 sentences. */
  id?: string;
  /** 404 on this call means a missing folder rather than a missing sheet. */
  notFound?: "sheet" | "folder";
  email?: string | undefined;
  secrets?: readonly string[];
  upload?: boolean;
  api?: string;
  /** The configured limit (POSTMORTEM_GOOGLE_TIMEOUT), named in the timeout sentence. */
  deadlineSeconds?: number;
}

/** Any failure of a Google call → the SourceError sentence a user can act on. */
export function toSourceError(e: unknown, ctx: FailureContext): ExitError {
  if (e instanceof ExitError) return new SourceError(scrub(e.message, ctx.secrets));
  let seconds: number | undefined;
  if (e instanceof RetriesExhausted) {
    seconds = e.seconds;
    e = e.last;
  }
  const f = classify(e);
  const has = (r: string) => f.reasons.includes(r);
  const detail = scrub(f.message.replace(/\s+/g, " ").trim(), ctx.secrets).slice(0, 200);
  if (f.timeout)
    return new SourceError(googleMessages.timeout(ctx.deadlineSeconds ?? (Math.round(seconds ?? 0) || 1)));
  if (f.code && NETWORK_CODES.has(f.code))
    return new SourceError(googleMessages.unreachable(f.host ?? "googleapis.com"));
  if (f.tokenEndpoint && (f.status === undefined || f.status < 500))
    return new SourceError(googleMessages.unauthenticated());
  switch (f.status) {
    case undefined:
      if (f.code === "ECONNRESET")
        return new SourceError(googleMessages.unreachable(f.host ?? "googleapis.com"));
      return new SourceError(googleMessages.refused(0, detail || "no answer"));
    case 401:
      return new SourceError(googleMessages.unauthenticated());
    case 403:
      if (
        has("ACCESS_TOKEN_SCOPE_INSUFFICIENT") ||
        has("insufficientPermissions") ||
        /scope/i.test(f.message)
      )
        return new SourceError(googleMessages.scopeMissing(ctx.upload ?? false));
      if (has("SERVICE_DISABLED") || has("accessNotConfigured"))
        return new SourceError(googleMessages.apiDisabled(ctx.api ?? "Google Sheets", f.activationUrl));
      if (has("storageQuotaExceeded")) return new SourceError(googleMessages.storageQuota());
      if (has("rateLimitExceeded") || has("userRateLimitExceeded") || has("RESOURCE_EXHAUSTED"))
        return new SourceError(googleMessages.quota(403, Math.round(seconds ?? 0)));
      return new SourceError(googleMessages.forbidden(ctx.what, ctx.email));
    case 404:
      return new SourceError(
        ctx.notFound === "folder"
          ? googleMessages.folderNotFound(ctx.id ?? "")
          : googleMessages.notFound(ctx.id ?? ""),
      );
    case 400:
      if (has("FAILED_PRECONDITION") || /not supported for this document/i.test(f.message))
        return new SourceError(googleMessages.notASheet());
      return new SourceError(googleMessages.refused(400, detail));
    default:
      if (f.status === 429 || f.status >= 500)
        return new SourceError(googleMessages.quota(f.status, Math.round(seconds ?? 0)));
      return new SourceError(googleMessages.refused(f.status, detail));
  }
}
