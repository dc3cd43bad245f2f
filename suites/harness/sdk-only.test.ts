// What an operation no document states is judged by: the notes that say so, and the members whose
// valid values the SDK's model leaves open, over the committed specs.
import { describe, expect, it } from "vitest";
import { judgedSpec } from "./judged-spec.ts";
import { basisOf, openRequiredMembers, sdkOnlyNotes, unstatedValidity } from "./sdk-only.ts";

const realtime = judgedSpec("ivs-realtime");
const ivs = judgedSpec("ivs");

describe("an operation no document states", () => {
  it("has the SDK's model as its basis, and a note naming the package it was read from", () => {
    expect(basisOf(realtime.operation("DeleteStage"))).toBe("sdk");
    expect(basisOf(realtime.operation("CreateStage"))).toBe("documents");
    expect(sdkOnlyNotes(realtime, realtime.operation("DeleteStage"))).toEqual([
      "SDK-only: DeleteStage is in no document; judged by the SDK's model (@aws-sdk/client-ivs-realtime@3.1058.0) " +
        "alone: types, required members, enum values, errors and pagination, no constraints",
    ]);
    expect(sdkOnlyNotes(realtime, realtime.operation("CreateStage"))).toEqual([]);
  });

  it("leaves open every string but an enum's and every number, at any depth", () => {
    expect(unstatedValidity(ivs.operation("InsertAdBreak"))).toEqual(["channelArn", "durationSeconds"]);
    expect(unstatedValidity(realtime.operation("CreateParticipantToken"))).toEqual([
      "stageArn",
      "duration",
      "userId",
      "attributes{key}",
      "attributes{}",
    ]);
  });

  it("counts only the required members a situation's request must carry", () => {
    expect(openRequiredMembers(ivs.operation("InsertAdBreak"), ["channelArn"])).toEqual(["durationSeconds"]);
    expect(openRequiredMembers(realtime.operation("CreateParticipantToken"), ["stageArn"])).toEqual([]);
    expect(openRequiredMembers(realtime.operation("GetStageSession"), ["stageArn"])).toEqual(["sessionId"]);
  });
});
