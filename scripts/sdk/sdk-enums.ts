// The enum values the SDK packages know, read from their typings: `enums.d.ts` declares each enum
// (`ChannelType: { readonly BasicChannelType: "BASIC"; ... }`) and `models_0.d.ts` types each
// member with it (`type?: ChannelType | undefined;` in `interface CreateChannelRequest`). The
// Smithy schemas carry no enum values, so they are added here to the SDK's model. The build uses
// them only for operations no document states (a documented member keeps the documents' enum or
// none); the drift report compares them with the documents.
import type { ApiModel, Member, TypeRef } from "../model/api-model.ts";
import { type LoadedSdk, readPackageFile } from "./sdk-package.ts";

const ENUM = /export declare const (\w+): \{([^}]*)\};/g;
const VALUE = /readonly \w+: "([^"]*)";/g;
const INTERFACE = /export interface (\w+)(?: extends [^{]+)? \{([\s\S]*?)\n\}/g;
const MEMBER = /^ {4}(\w+)\??: (\w+)(\[\])?(?: \| undefined)?;$/gm;

/** Enum name -> values, in declared order. */
export function parseEnums(typings: string): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const m of typings.matchAll(ENUM))
    enums.set(
      m[1]!,
      [...m[2]!.matchAll(VALUE)].map((v) => v[1]!),
    );
  return enums;
}

/** `Structure.member` -> the enum type name its typing names. */
export function parseEnumMembers(typings: string, enums: Map<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of typings.matchAll(INTERFACE))
    for (const m of i[2]!.matchAll(MEMBER)) if (enums.has(m[2]!)) out.set(`${i[1]}.${m[1]}`, m[2]!);
  return out;
}

function leaf(type: TypeRef): TypeRef {
  let t = type;
  while (t.items) t = t.items;
  return t;
}

/** Adds the typings' enum values to every member of `model` (an SDK model) whose typing names an enum. */
export function addSdkEnums(model: ApiModel, sdk: LoadedSdk): void {
  const enums = parseEnums(readPackageFile(sdk, "dist-types/models/enums.d.ts"));
  const typed = parseEnumMembers(readPackageFile(sdk, "dist-types/models/models_0.d.ts"), enums);
  const visit = (members: Member[]) => {
    for (const member of members) {
      // The SDK model's member provenance is `<package>@<version>#<Structure>.<member>`.
      const owner = member.source.ref?.split("#")[1];
      const name = owner ? typed.get(owner) : undefined;
      const type = leaf(member.type);
      if (name && type.kind === "string")
        type.constraints.enum = {
          value: enums.get(name)!,
          source: { ...member.source, ref: `${member.source.ref}:${name}` },
        };
    }
  };
  for (const op of Object.values(model.operations)) {
    visit(op.input);
    visit(op.output);
  }
  for (const shape of Object.values(model.shapes)) visit(shape.members);
}
