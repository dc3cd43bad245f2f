// boto3 method names are the AWS operation names in snake_case. Upper-casing the first letter of
// each word gives the operation name, except where the operation name holds an acronym
// (`get_sdk_config` is `GetSDKConfig`): so a document that lists its operations by their AWS names
// is the authority, and the naive conversion is only a fallback for documents that list none.

/** `list_participant_replicas` -> `ListParticipantReplicas`, word by word. */
export function snakeToPascal(snake: string): string {
  if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(snake)) {
    throw new Error(
      `snakeToPascal: expected a snake_case method name such as "get_channel", but received ${JSON.stringify(snake)}`,
    );
  }
  return snake
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/**
 * The operation name for a boto3 method: the one name in `known` that spells the same letters
 * (ignoring case and underscores), which keeps acronyms as the document writes them. Returns
 * undefined when `known` holds none; without `known`, the word-by-word conversion.
 */
export function operationName(snake: string, known?: Iterable<string>): string | undefined {
  const pascal = snakeToPascal(snake);
  if (known === undefined) return pascal;
  const letters = pascal.toLowerCase();
  const matches = [...known].filter((name) => name.toLowerCase() === letters);
  if (matches.length > 1) {
    throw new Error(`operationName: ${JSON.stringify(snake)} matches several known operations: ${matches.join(", ")}`);
  }
  return matches[0];
}
