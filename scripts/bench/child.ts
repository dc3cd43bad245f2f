// Runs a TypeScript module in a child process (node with tsx's loader) and exchanges one message
// with it over IPC: the load and replay clients.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export function askChild<Options, Result>(moduleUrl: URL, options: Options): Promise<Result> {
  const file = fileURLToPath(moduleUrl);
  return new Promise<Result>((resolve, reject) => {
    const child = fork(file, { execArgv: ["--import", "tsx"], stdio: "inherit" });
    child.once("message", (m: Result | { error: string }) =>
      typeof m === "object" && m !== null && "error" in m ? reject(new Error(m.error)) : resolve(m as Result),
    );
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`${file} exited ${code}`));
    });
    child.send(options as object);
  });
}
