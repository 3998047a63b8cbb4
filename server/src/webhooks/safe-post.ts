import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { type AddressPolicy, refusalReason } from "./address-policy.ts";
import { WebhookTargetRefusedError } from "./errors.ts";

export type Resolver = (hostname: string) => Promise<string[]>;

/** Sends one HTTP request to an address already checked; `url` keeps the host name for Host and TLS. */
export type Connector = (request: {
  url: URL;
  address: string;
  method: "POST";
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}) => Promise<{ status: number; location: string | null }>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** node:http(s), pinned to the checked address so a second DNS answer cannot change the target. */
export const systemConnector: Connector = ({ url, address, headers, body, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
        lookup: (_host, _options, callback) => callback(null, address, isIP(address)),
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null }),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(body);
  });

export interface SafePostOptions extends AddressPolicy {
  resolve: Resolver;
  connect: Connector;
  timeoutMs: number;
  maxRedirects: number;
}

/**
 * POSTs to a webhook URL, checking every address the host resolves to before connecting, and again for
 * each redirect hop (followed by hand, at most `maxRedirects`). Throws WebhookTargetRefusedError before any
 * connection when a check fails.
 */
export async function safePost(
  target: string,
  message: { headers: Record<string, string>; body: string },
  options: SafePostOptions,
): Promise<{ status: number }> {
  let url = new URL(target);
  for (let hop = 0; ; hop += 1) {
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new WebhookTargetRefusedError(url.href, `scheme ${url.protocol} is not http(s)`);
    }
    const address = await checkedAddress(url, options);
    const answer = await options.connect({
      url,
      address,
      method: "POST",
      headers: message.headers,
      body: message.body,
      timeoutMs: options.timeoutMs,
    });
    const redirected = answer.status >= 300 && answer.status < 400 && answer.location !== null;
    if (!redirected || answer.location === null) return { status: answer.status };
    if (hop >= options.maxRedirects) return { status: answer.status };
    url = new URL(answer.location, url);
  }
}

async function checkedAddress(url: URL, policy: SafePostOptions): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await policy.resolve(host);
  if (addresses.length === 0) throw new WebhookTargetRefusedError(url.href, `${host} does not resolve`);
  for (const address of addresses) {
    const reason = refusalReason(address, policy);
    // Every answer must pass: a name that resolves to one public and one private address is refused.
    if (reason) throw new WebhookTargetRefusedError(url.href, reason);
  }
  const [first] = addresses;
  if (first === undefined) throw new WebhookTargetRefusedError(url.href, `${host} does not resolve`);
  return first;
}
