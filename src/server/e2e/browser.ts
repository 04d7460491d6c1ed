// Debian's chromium driven by playwright-core: no browser is ever downloaded.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** test-artifacts/ at the repository root (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts/", import.meta.url));

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export async function launch(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "attrib-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Selects document characters [start, end) in the reader, as a person dragging the mouse would:
 * segments carry their document offset in data-offset.
 */
export async function selectDocumentText(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const point = (offset: number): [Node, number] => {
        for (const seg of document.querySelectorAll<HTMLElement>(".document-text [data-offset]:not(p)")) {
          const from = Number(seg.dataset.offset);
          const length = seg.textContent?.length ?? 0;
          if (offset < from || offset > from + length) continue;
          let rest = offset - from;
          const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = n.textContent?.length ?? 0;
            if (rest <= len) return [n, rest];
            rest -= len;
          }
        }
        throw new Error(`offset ${offset} is not in the rendered text`);
      };
      const range = document.createRange();
      range.setStart(...point(s!));
      range.setEnd(...point(e!));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [start, end],
  );
}
