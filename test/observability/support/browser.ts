import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`), driven by playwright-core. */
export const CHROMIUM = "/usr/bin/chromium";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

/**
 * Whether the browser tests can run. On CI (the CI variable set) a missing browser is
 * an error, never a skip; elsewhere the tests skip with a sentence saying how to get it.
 */
export function browserProblem(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `${CHROMIUM} is missing: install Debian's Chromium with "apt-get install -y chromium" (the browser tests need it)`;
  if (process.env.CI) throw new Error(`CI is set and ${message}`);
  return message;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh user-data-dir of its own, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "conclave-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Waiting uses locators (Playwright polls the page; no fixed sleep): the page's CSP forbids the eval that
// waitForFunction needs, and the project's types have no DOM.

/** Wait until `selector` matches `count` elements (the lists here only grow, so: the count-th appears, then exactly count). */
export async function waitForCount(page: Page, selector: string, count: number): Promise<void> {
  if (count > 0) await page.locator(selector).nth(count - 1).waitFor({ state: "attached", timeout: 10_000 });
  const now = await page.locator(selector).count();
  if (now !== count) throw new Error(`${selector}: ${now} elements, expected ${count}`);
}

/** Wait until an element matching `selector` has `text` in it. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor({ state: "attached", timeout: 10_000 });
}

/** How many points a polyline in the page has. */
export async function polylinePoints(page: Page, selector: string): Promise<number> {
  return (await page.getAttribute(selector, "points") ?? "").trim().split(/\s+/).filter((p) => p !== "").length;
}

/** The value of an expression evaluated in the page, which must be a string. */
export async function pageString(page: Page, expression: string): Promise<string> {
  const v: unknown = await page.evaluate(expression);
  if (typeof v !== "string") throw new Error(`${expression} gave ${typeof v}, not a string`);
  return v;
}
