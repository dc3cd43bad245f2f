// Secrets never leave the harness unredacted: stream key values, SRT passphrases, participant
// tokens, private keys, credentials and the requests' signatures. Applied to every body, header set
// and text a failure message, an observation or a report prints. Three layers, each for what the
// one before misses:
// - by member: a JSON value under a secret member (passphrase, token, privateKey, an ingest
//   configuration's streamKey, a stream key's value, credentials), wherever it sits in a body;
// - by value: every secret this process has seen (learnSecrets, called on every response body the
//   transport receives, and the credentials in the environment), wherever it shows up later: in
//   another member, an error message, text that is not JSON, a check's own sentence;
// - by shape: stream keys (`sk_...`), JWTs, PEM private keys, SigV4 signatures and secret members
//   written as JSON inside text, for secrets this process never saw.
const REDACTED = "<redacted>";

/** Members that hold a secret wherever they appear (compared case-insensitively). */
const SECRET_MEMBER_NAMES = [
  "passphrase",
  "privateKey",
  "token",
  "participantToken",
  "secretAccessKey",
  "sessionToken",
  "streamKey",
] as const;
const SECRET_MEMBERS = new Set<string>(SECRET_MEMBER_NAMES.map((m) => m.toLowerCase()));
const ANY_SECRET_MEMBER = SECRET_MEMBER_NAMES.join("|");
/** Headers that carry credentials or signatures. */
const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token"]);

function isStreamKey(node: Record<string, unknown>, parentKey: string | undefined): boolean {
  if (parentKey && /streamkey/i.test(parentKey)) return true;
  return typeof node.arn === "string" && node.arn.includes(":stream-key/");
}

/** Whether the member `key` of `node` holds a secret (a scalar under a secret member). */
function isSecretMember(node: Record<string, unknown>, key: string, parentKey: string | undefined): boolean {
  const v = node[key];
  if (v === null || v === undefined || typeof v === "object") return false;
  return SECRET_MEMBERS.has(key.toLowerCase()) || (key === "value" && isStreamKey(node, parentKey));
}

// By value: the secrets seen so far, indexed by their first MIN_KNOWN characters so that a text is
// searched in one pass however many there are. Shorter values are not remembered: they would
// redact ordinary words.
const MIN_KNOWN = 12;
const known = new Map<string, Set<string>>();

/** Remembers a secret value: from now on it is redacted wherever it appears. */
export function rememberSecret(value: unknown): void {
  if (typeof value !== "string" || value.length < MIN_KNOWN) return;
  const prefix = value.slice(0, MIN_KNOWN);
  const values = known.get(prefix) ?? new Set<string>();
  values.add(value);
  known.set(prefix, values);
}

for (const name of ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) rememberSecret(process.env[name]);

function learn(value: unknown, parentKey?: string): void {
  if (Array.isArray(value)) {
    for (const v of value) learn(v, parentKey);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(node)) {
    if (isSecretMember(node, k, parentKey)) rememberSecret(v);
    else learn(v, k);
  }
}

/** Only bodies that name a secret member (or a list of stream keys) are parsed. */
const MAY_HOLD_SECRETS = new RegExp(`"(${ANY_SECRET_MEMBER}|streamKeys)"`, "i");

/** Remembers the secrets a response body carries (its secret members), so that they never print. */
export function learnSecrets(body: string): void {
  if (!MAY_HOLD_SECRETS.test(body)) return;
  try {
    learn(JSON.parse(body));
  } catch {
    // Not JSON: nothing to learn by member; the shapes below still apply.
  }
}

function redactKnown(text: string): string {
  if (known.size === 0 || text.length < MIN_KNOWN) return text;
  let out = "";
  let from = 0;
  for (let at = 0; at + MIN_KNOWN <= text.length; at++) {
    const candidates = known.get(text.slice(at, at + MIN_KNOWN));
    if (!candidates) continue;
    let longest = "";
    for (const c of candidates) if (c.length > longest.length && text.startsWith(c, at)) longest = c;
    if (!longest) continue;
    out += text.slice(from, at) + REDACTED;
    from = at + longest.length;
    at = from - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Secrets by shape, for text that is not JSON (or JSON inside text). */
const SECRET_SHAPES: [RegExp, string][] = [
  // Stream keys: `sk_<region>_<id>` (IVS), `sk_<id>` (RealTime ingest configurations).
  [/\bsk_[A-Za-z0-9_-]{8,}/g, REDACTED],
  // JWTs.
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED],
  // PEM private keys, also cut short.
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, REDACTED],
  // SigV4 signatures and session tokens, in headers and presigned URLs.
  [/\b((?:X-Amz-)?Signature=)[0-9a-f]{64}\b/gi, `$1${REDACTED}`],
  [/\b(X-Amz-Security-Token=)[^&\s"']+/gi, `$1${REDACTED}`],
  // Secret members written as JSON inside text (`as CreateChannel assigned: {"passphrase":"..."}`).
  [new RegExp(`("(?:${ANY_SECRET_MEMBER})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, "gi"), `$1"${REDACTED}"`],
];

/** A string with every secret in it redacted: known values, then shapes. */
export function redactString(text: string): string {
  return SECRET_SHAPES.reduce((t, [re, replacement]) => t.replace(re, replacement), redactKnown(text));
}

export function redactValue(value: unknown, parentKey?: string): unknown {
  if (typeof value === "string") return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, parentKey));
  if (!value || typeof value !== "object") return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (isSecretMember(node, k, parentKey)) {
      rememberSecret(v);
      out[k] = REDACTED;
    } else out[k] = redactValue(v, k);
  }
  return out;
}

/** Text as printed: JSON with its secret members redacted (and re-serialized), any text by value and shape. */
export function redactText(text: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return redactString(text);
  }
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : redactString(v)]),
  );
}
