// Entry point: `npm run emulator -- --port 4566 [--region r] [--account id] [--auth] [--throttle]`.
// The emulator lives in fixtures/emulator/; see cli.ts there for every option.
import { main } from "../fixtures/emulator/cli.ts";

await main(process.argv.slice(2));
