import { describe, expect, it } from "vitest";
import { nodeSupportNotice, SDK_NODE_NOTICE_SWITCH, silenceSdkNodeNotice } from "./node-notice.ts";

describe("the Node version notice", () => {
  it("is one line on a Node the AWS SDK will drop, none from 22 on", () => {
    expect(nodeSupportNotice("v20.18.1", {})).toMatch(/^Note: Node v20\.18\.1 is past its end of life .*Node >= 22;/);
    expect(nodeSupportNotice("v20.18.1", {})).not.toContain("\n");
    expect(nodeSupportNotice("v22.0.0", {})).toBeUndefined();
    expect(nodeSupportNotice("v24.11.1", {})).toBeUndefined();
  });

  it("is not printed when the user turned the SDK's notice off", () => {
    expect(nodeSupportNotice("v20.18.1", { [SDK_NODE_NOTICE_SWITCH]: "true" })).toBeUndefined();
  });

  it("turns the SDK's notice off in the clients' processes, unless the user set the switch", () => {
    const env: NodeJS.ProcessEnv = {};
    silenceSdkNodeNotice(env);
    expect(env[SDK_NODE_NOTICE_SWITCH]).toBe("true");
    const chosen: NodeJS.ProcessEnv = { [SDK_NODE_NOTICE_SWITCH]: "false" };
    silenceSdkNodeNotice(chosen);
    expect(chosen[SDK_NODE_NOTICE_SWITCH]).toBe("false");
  });
});
