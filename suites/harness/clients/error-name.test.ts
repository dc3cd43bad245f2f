import { describe, expect, it } from "vitest";
import { resolveErrorName } from "./error-name.ts";

const res = (headers: Record<string, string>, body = "") => ({ status: 400, headers, body });

const cases: [string, { given: ReturnType<typeof res>; want: string | undefined }][] = [
  [
    "the header wins",
    { given: res({ "x-amzn-errortype": "ValidationException" }, '{"code":"Other"}'), want: "ValidationException" },
  ],
  [
    "the header is cut at a colon",
    {
      given: res({ "x-amzn-errortype": "ValidationException:http://internal.amazon.com/coral/" }),
      want: "ValidationException",
    },
  ],
  [
    "a namespace is dropped",
    { given: res({}, '{"__type":"com.amazonaws.ivs#ConflictException"}'), want: "ConflictException" },
  ],
  [
    "the body's code before __type",
    { given: res({}, '{"code":"AccessDeniedException","__type":"X"}'), want: "AccessDeniedException" },
  ],
  ["nothing to resolve", { given: res({}, "<html/>"), want: undefined }],
];

describe("resolveErrorName", () => {
  it.each(cases)("%s", (_, { given, want }) => expect(resolveErrorName(given)).toBe(want));
});
