// For the tests: members as one line each, with their path and the lines their facts came from,
// so that a table of expectations reads like the document it was cut from.
//
//   destinationConfiguration.s3.bucketName string @16 required@16 doc@18

import type { Member, TypeRef } from "../../model/api-model.ts";

function typeText(type: TypeRef): string {
  const enumText = type.constraints.enum
    ? ` enum(${type.constraints.enum.value.join("|")})@${type.constraints.enum.source.line}`
    : "";
  if (type.kind === "list") return `list<${typeText(type.items!)}>`;
  if (type.kind === "map") return `map<${typeText(type.key!)}, ${typeText(type.value!)}>`;
  return `${type.kind}${enumText}`;
}

function childrenOf(type: TypeRef): Member[] {
  if (type.members) return type.members;
  if (type.items) return childrenOf(type.items);
  if (type.value) return childrenOf(type.value);
  return [];
}

export function renderMembers(members: readonly Member[], prefix = ""): string[] {
  return members.flatMap((m) => {
    const path = prefix + m.name;
    const facts = [
      `${path} ${typeText(m.type)} @${m.source.line}`,
      m.type.source.line !== m.source.line ? `type@${m.type.source.line}` : "",
      m.required?.value ? `required@${m.required.source.line}` : "",
      m.documentation ? `doc@${m.documentation.source.line}` : "",
    ].filter(Boolean);
    return [facts.join(" "), ...renderMembers(childrenOf(m.type), `${path}.`)];
  });
}
