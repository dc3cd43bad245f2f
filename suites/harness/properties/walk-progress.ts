// When a page walk is judged never to end. A target may hand out short pages, even empty ones, that
// still carry a nextToken (AWS services do), and a list may legitimately hold many pages; a walk is
// endless only when it stops making progress: a page token comes back that was already followed,
// or many pages in a row bring no item the walk has not seen. A hard cap bounds the cost.

/** Pages in a row without a new item before the walk is judged stuck. */
const MAX_STALE_PAGES = 100;
/** Pages no walk goes beyond, progress or not. */
const MAX_PAGES = 5_000;

export class WalkProgress {
  private readonly tokens = new Set<string>();
  private readonly seen = new Set<string>();
  private stale = 0;
  private pages = 0;

  /** Records one page; returns why the walk cannot end if it cannot, undefined to go on. */
  record(ids: readonly string[], nextToken: string | undefined): string | undefined {
    this.pages++;
    const fresh = ids.filter((id) => !this.seen.has(id));
    for (const id of fresh) this.seen.add(id);
    this.stale = fresh.length > 0 ? 0 : this.stale + 1;
    if (nextToken === undefined) return undefined;
    if (this.tokens.has(nextToken)) return `page ${this.pages} handed back a nextToken the walk had already followed`;
    this.tokens.add(nextToken);
    if (this.stale >= MAX_STALE_PAGES)
      return `${this.stale} pages in a row brought no new item and still had a nextToken`;
    if (this.pages >= MAX_PAGES) return `page ${this.pages} still had a nextToken`;
    return undefined;
  }
}
