/**
 * How this machine runs a browser: Debian's Chromium (Playwright cannot download its own
 * here), headless, with background networking off so no request leaves the machine, and
 * WebGL through SwiftShader. Shared by the browser tests and the benchmarks.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};
