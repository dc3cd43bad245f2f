// A run that cannot start as configured: a setting with a wrong value, a spec that cannot be read, a
// target that cannot be reached. The message is one line that names what is wrong and how to fix it;
// there is no stack to show (vitest prints one when an error has it), and `npm run conformance`
// prints the message alone and exits 2.

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigurationError";
    this.stack = `${this.name}: ${message}`;
  }
}

/** By name, not class: the error may come from a module vitest loaded apart (global setup, a worker). */
export const isConfigurationError = (e: unknown): e is Error => e instanceof Error && e.name === "ConfigurationError";
