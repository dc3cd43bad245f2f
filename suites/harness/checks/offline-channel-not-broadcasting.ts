// offline_channel_not_broadcasting: a stream operation on a channel that exists and is not live is
// answered 404 ChannelNotBroadcasting.
import { errorNameOf } from "../clients/error-name.ts";
import { defineCheck, unlessDocuments } from "./define-check.ts";

export const offlineChannelNotBroadcasting = defineCheck({
  name: "offline_channel_not_broadcasting",
  family: "errors",
  property: "offline_channel",
  failsWhen: "a stream operation on an offline channel is not answered 404 ChannelNotBroadcasting",
  notApplicable: unlessDocuments("ChannelNotBroadcasting"),
  judge({ op, exchange, situation }, fail) {
    if (exchange.response?.status === 404 && errorNameOf(exchange) === "ChannelNotBroadcasting") return;
    fail({
      op,
      exchange,
      title: `${situation} was not answered 404 ChannelNotBroadcasting.`,
      documented: "404 ChannelNotBroadcasting",
    });
  },
});
