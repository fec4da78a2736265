// `tsx scripts/requireChromium.ts`: exits 0 when a Chromium is found, else prints the one line
// that says what to install and exits 1. Runs before the e2e tests (npm test) and the demo.
import { requireChromium } from './findChromium';

requireChromium();
