// The message member of a documented error: the member of its component schema named like a
// message (`exceptionMessage` for IVS and IVS RealTime errors, from the SDK's model), and whether
// the documents make it required. Required and absent is a failure (error_body_shape's schema
// validation says so); not required and absent is an observation.
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";

export interface MessageMember {
  name: string;
  required: boolean;
}

export function messageMember(component: JsonSchema | undefined): MessageMember | undefined {
  const name = Object.keys(component?.properties ?? {}).find((k) => /message$/i.test(k));
  return name ? { name, required: component?.required?.includes(name) ?? false } : undefined;
}
