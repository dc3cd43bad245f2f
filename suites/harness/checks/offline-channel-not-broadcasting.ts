// offline_channel_not_broadcasting: a stream operation on a channel that exists and is not live is
// answered 404 ChannelNotBroadcasting.
import { answeredWith, defineCheck, unlessDocuments } from "./define-check.ts";

export const offlineChannelNotBroadcasting = defineCheck({
  name: "offline_channel_not_broadcasting",
  family: "errors",
  property: "offline_channel",
  failsWhen: "a stream operation on an offline channel is not answered 404 ChannelNotBroadcasting",
  notApplicable: unlessDocuments("ChannelNotBroadcasting"),
  judge: answeredWith(404, "ChannelNotBroadcasting"),
});
