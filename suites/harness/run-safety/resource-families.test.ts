import { describe, expect, it } from "vitest";
import { judgedSpec } from "../judged-spec.ts";
import { deletionOrder, familyOfArn, resourceFamilies } from "./resource-families.ts";

const families = resourceFamilies(judgedSpec("ivs"));
const family = (key: string) => families.find((f) => f.kind.key === key)!;
const position = (key: string) => deletionOrder(families).findIndex((f) => f.kind.key === key);

describe("resource families from the contract", () => {
  it("finds each family's listing, its parent and its deletion", () => {
    expect(family("channel").list?.op.name).toBe("ListChannels");
    expect(family("channel").list?.parent).toBeUndefined();
    expect(family("channel").remove).toMatchObject({ op: { name: "DeleteChannel" }, member: "arn" });
    expect(family("stream-key").list?.op.name).toBe("ListStreamKeys");
    expect(family("stream-key").list?.parent).toMatchObject({ member: "channelArn", kind: { key: "channel" } });
    expect(family("stream-key").remove?.op.name).toBe("DeleteStreamKey");
  });

  it("deletes a channel's stream keys before it, and a recording configuration's channels before it", () => {
    expect(family("channel").refersTo).toContain("recording-configuration");
    expect(position("stream-key")).toBeLessThan(position("channel"));
    expect(position("channel")).toBeLessThan(position("recording-configuration"));
    expect(deletionOrder(families)).toHaveLength(families.length);
  });

  it("knows the family of an ARN by its documented pattern or its resource type", () => {
    expect(familyOfArn(families, "arn:aws:ivs:us-west-2:123456789012:channel/abcdABCD1234")?.kind.key).toBe("channel");
    expect(familyOfArn(families, "arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCD1234")?.kind.key).toBe(
      "stream-key",
    );
    const realtime = resourceFamilies(judgedSpec("ivs-realtime"));
    expect(familyOfArn(realtime, "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCD1234")?.kind.key).toBe("stage");
    expect(familyOfArn(families, "arn:aws:s3:::bucket/x")).toBeUndefined();
  });
});
