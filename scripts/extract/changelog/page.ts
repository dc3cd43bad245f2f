// A changelog page's first two lines: the release and what it changes.
//
//   2025/05/29 - Amazon Interactive Video Service RealTime - 3 new 6 updated api methods
//   Changes IVS Real-Time now offers customers the participant replication ...

import type { Fact } from "../../model/api-model.ts";
import { ExtractionError, type Line, source } from "../text/lines.ts";

export interface Release {
  /** The page's date, as ISO `YYYY-MM-DD`. */
  date: Fact<string>;
  /** The service as the page names it. */
  service: Fact<string>;
  /** The counts the title gives; the extractor checks the operations it finds against them. */
  newOperations: number;
  updatedOperations: number;
  /** The release's one-line account of itself (after "Changes"). */
  summary: Fact<string>;
}

const TITLE = /^(\d{4})\/(\d{2})\/(\d{2}) - (.+?) - (?:(\d+) new )?(?:(\d+) updated )?api methods$/;
const CHANGES = /^Changes (.+)$/;

/** The number of lines the header takes. */
export const HEADER_LINES = 2;

export function readRelease(document: string, lines: readonly Line[]): Release {
  const [title, changes] = lines;
  const t = title ? TITLE.exec(title.text.trim()) : null;
  if (!t)
    throw new ExtractionError(
      document,
      1,
      `a title "YYYY/MM/DD - <service> - [N new] [N updated] api methods"`,
      title?.text,
    );
  const c = changes ? CHANGES.exec(changes.text.trim()) : null;
  if (!c) throw new ExtractionError(document, 2, `a line "Changes <summary of the release>"`, changes?.text);
  return {
    date: { value: `${t[1]}-${t[2]}-${t[3]}`, source: source(document, 1) },
    service: { value: t[4]!, source: source(document, 1) },
    newOperations: Number(t[5] ?? 0),
    updatedOperations: Number(t[6] ?? 0),
    summary: { value: c[1]!, source: source(document, 2) },
  };
}
