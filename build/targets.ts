/**
 * One manifest.json, two browsers. Chromium wants a background service worker;
 * Firefox refuses `background.service_worker` and needs `background.scripts`,
 * a gecko id, and its data-collection declaration.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'lateral@lateral-extension.org';
export const GECKO_MIN_VERSION = '142.0';

export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function parseTarget(value: string | undefined): Target {
  if (value === undefined || value === '' || value === 'chrome') return 'chrome';
  if (value === 'firefox') return 'firefox';
  throw new Error(`LATERAL_TARGET must be "chrome" or "firefox", got "${value}"`);
}

export function manifestFor(target: Target, source: Manifest): Manifest {
  const manifest: Manifest = structuredClone(source);
  if (target === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  if (worker === undefined) throw new Error('manifest.json has no background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
