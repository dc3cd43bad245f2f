// Secrets never leave the harness unredacted: stream key values, SRT passphrases, participant
// tokens, private keys, and the request's signature material. Applied to every body, header set
// and value a failure message or report prints.
const REDACTED = "<redacted>";

/** Members that hold a secret wherever they appear. */
const SECRET_MEMBERS = new Set([
  "passphrase",
  "privatekey",
  "token",
  "participanttoken",
  "secretaccesskey",
  "sessiontoken",
]);
/** Headers that carry credentials or signatures. */
const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token"]);

function isStreamKey(node: Record<string, unknown>, parentKey: string | undefined): boolean {
  if (parentKey && /streamkey/i.test(parentKey)) return true;
  return typeof node.arn === "string" && node.arn.includes(":stream-key/");
}

export function redactValue(value: unknown, parentKey?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, parentKey));
  if (!value || typeof value !== "object") return value;
  const node = value as Record<string, unknown>;
  const streamKey = isStreamKey(node, parentKey);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    const lower = k.toLowerCase();
    if (SECRET_MEMBERS.has(lower) && v !== null && v !== undefined && typeof v !== "object") out[k] = REDACTED;
    else if (lower === "streamkey" && typeof v === "string") out[k] = REDACTED;
    else if (streamKey && k === "value" && typeof v === "string") out[k] = REDACTED;
    else out[k] = redactValue(v, k);
  }
  return out;
}

/** Stream keys (`sk_<region>_<id>`), JWTs and PEM private keys, for text that is not JSON. */
const SECRET_TEXT = [
  /sk_[a-z0-9-]+_[A-Za-z0-9]+/g,
  /eyJ[\w-]+\.[\w-]+\.[\w-]*/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

export function redactText(text: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return SECRET_TEXT.reduce((t, re) => t.replace(re, REDACTED), text);
  }
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : v]),
  );
}
