/**
 * Debian's Chromium, never a downloaded browser, with the flags that keep it off this
 * machine's closed network. Used by the e2e config and the render benchmark alike.
 */
export const CHROMIUM_PATH = process.env.WIREDIFF_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
