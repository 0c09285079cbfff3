/** Least privilege on the built extension, after `npm run build`: the manifests and what Chromium actually loaded. */
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from './launch';
import { BUILDS, manifestProblems, readBuiltManifest } from '../unit/manifest/manifest-problems';

for (const target of Object.keys(BUILDS) as Array<keyof typeof BUILDS>) {
  test(`built ${BUILDS[target]} manifest asks for nothing beyond tests/manifest-allowlist.ts`, () => {
    const built = readBuiltManifest(target);
    expect(built, `.output/${BUILDS[target]}/manifest.json is missing: run \`npm run build\` before the browser tests`).toBeDefined();
    expect(manifestProblems(built!.manifest, built!.dir)).toEqual([]);
  });
}

test('the loaded extension holds exactly the allowed permissions, and a web page cannot reach it', async () => {
  const { context, worker } = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    type Granted = { permissions?: string[]; origins?: string[] };
    const granted = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<Granted> } } }).chrome.permissions.getAll(),
    );
    const built = readBuiltManifest('chrome')!;
    expect([...(granted.permissions ?? [])].sort()).toEqual([...(built.manifest.permissions as string[])].sort());
    expect([...(granted.origins ?? [])].sort()).toEqual([...(built.manifest.host_permissions as string[])].sort());
    // No externally_connectable: the runtime API is not even exposed to a webmail page's own scripts.
    const page = await context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
      'undefined',
    );
  } finally {
    await context.close();
  }
});
