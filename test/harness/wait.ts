/**
 * `waitUntil` from @open-wc/testing with a longer default bound. Open-wc gives a condition
 * one second; on a busy 2-core machine (the suite is run three times beside `stress-ng
 * --cpu 2`) a page, its data file and a lazy chunk can take longer than that. The bound is
 * only the point at which a test gives up: a condition met early returns at once, so a
 * passing test is no slower. Tests import `waitUntil` from here, never from open-wc.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const defaultWait = 10_000;

export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { ...options, timeout: Math.max(options.timeout ?? 0, defaultWait) });
}
