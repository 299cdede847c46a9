/**
 * Site patterns for the allow and deny lists, written the way readers think of sites:
 *   example.com            the site and every subdomain (www.example.com, news.example.com)
 *   *.example.com          subdomains only
 *   example.com/world      only pages whose path starts with /world
 *   localhost:8080         a host with a port (for people testing their own pages)
 * No schemes, no regexes, no wildcards in the middle: a pattern is checked once here and
 * then matched with plain string comparisons.
 */
import { LIMITS } from './limits';

export type SitePatternProblem = 'empty' | 'too-long' | 'has-scheme' | 'bad-host' | 'bad-port' | 'bad-path';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export interface SitePattern {
  subdomainsOnly: boolean;
  host: string;
  port?: string;
  path?: string;
}

/**
 * Tidies what a reader typed or pasted into the options page: trims, lower-cases, drops
 * a leading http(s):// and a lone trailing slash. Imported files are not tidied; they
 * are validated as written so the problem list matches the file.
 */
export function normaliseSitePattern(input: string): string {
  let value = input
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '');
  if (value.endsWith('/') && value.indexOf('/') === value.length - 1) value = value.slice(0, -1);
  return asciiHost(value);
}

/**
 * A host typed in its own script ("пример.рф", "*.müller.de/welt") in the ASCII form
 * browsers give a page's address in (xn--…), so the pattern matches the pages it names.
 * The wildcard, port and path stay as typed; input that is no host is left for the
 * validator to name.
 */
function asciiHost(pattern: string): string {
  if (/^[\x20-\x7e]*$/.test(pattern)) return pattern;
  const wildcard = pattern.startsWith('*.') ? '*.' : '';
  const rest = pattern.slice(wildcard.length);
  const end = rest.search(/[:/]/);
  const host = end === -1 ? rest : rest.slice(0, end);
  try {
    return wildcard + new URL(`http://${host}/`).hostname + rest.slice(host.length);
  } catch {
    return pattern;
  }
}

export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > LIMITS.hostLength) return false;
  if (IPV4.test(host)) return true;
  return host.split('.').every((label) => LABEL.test(label));
}

export function parseSitePattern(pattern: string): SitePattern | SitePatternProblem {
  if (pattern.length === 0) return 'empty';
  if (pattern.length > LIMITS.sitePatternLength) return 'too-long';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern)) return 'has-scheme';
  if (pattern !== pattern.trim() || /\s/.test(pattern)) return 'bad-host';
  const slash = pattern.indexOf('/');
  const hostPart = slash === -1 ? pattern : pattern.slice(0, slash);
  const path = slash === -1 ? undefined : pattern.slice(slash);
  if (path !== undefined && (path.length < 2 || /[?#*\\]/.test(path))) return 'bad-path';
  const [hostAndWildcard, port, ...extra] = hostPart.split(':');
  if (extra.length > 0) return 'bad-port';
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return 'bad-port';
  if (port !== undefined && Number(port) > 65535) return 'bad-port';
  const subdomainsOnly = hostAndWildcard!.startsWith('*.');
  const host = subdomainsOnly ? hostAndWildcard!.slice(2) : hostAndWildcard!;
  if (host !== host.toLowerCase() || !isValidHost(host)) return 'bad-host';
  const parsed: SitePattern = { subdomainsOnly, host };
  if (port !== undefined) parsed.port = port;
  if (path !== undefined) parsed.path = path;
  return parsed;
}

export function sitePatternProblem(pattern: string): SitePatternProblem | undefined {
  const parsed = parseSitePattern(pattern);
  return typeof parsed === 'string' ? parsed : undefined;
}

function hostMatches(pattern: SitePattern, host: string): boolean {
  if (pattern.subdomainsOnly) return host.endsWith(`.${pattern.host}`);
  return host === pattern.host || host.endsWith(`.${pattern.host}`);
}

/** True when the page URL falls under the pattern. Invalid patterns match nothing. */
export function sitePatternMatches(pattern: string, url: URL): boolean {
  const parsed = parseSitePattern(pattern);
  if (typeof parsed === 'string') return false;
  if (!hostMatches(parsed, url.hostname.toLowerCase())) return false;
  if (parsed.port !== undefined && parsed.port !== url.port) return false;
  if (parsed.path !== undefined && !url.pathname.toLowerCase().startsWith(parsed.path)) return false;
  return true;
}
