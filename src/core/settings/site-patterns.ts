/**
 * Site patterns for the allow and deny lists, written the way readers think of sites:
 *   example.com            the site and every subdomain (www.example.com, news.example.com)
 *   *.example.com          subdomains only
 *   example.com/world      only that section: /world, /world/ and /world/..., not /worldcup;
 *                          paths are case-sensitive, as in a page's address, so not /World
 *   localhost:8080         a host with a port (for people testing their own pages)
 *   [::1]:8080             an IPv6 address, in brackets as in a page's address
 * No schemes, no regexes, no wildcards in the middle: a pattern is checked once here and
 * then matched with plain string comparisons.
 */
import { LIMITS } from './limits';

export type SitePatternProblem = 'empty' | 'too-long' | 'has-scheme' | 'bad-host' | 'bad-ipv6' | 'bad-port' | 'bad-path';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** An IPv6 address typed without its brackets: colons between hex digits, two at least. */
const BARE_IPV6 = /^[0-9a-f.]*:[0-9a-f.]*:[0-9a-f:.]*$/i;

export interface SitePattern {
  subdomainsOnly: boolean;
  host: string;
  port?: string;
  path?: string;
}

/**
 * Tidies what a reader typed or pasted into the options page: trims, drops a leading
 * http(s)://, lower-cases the host (a path keeps its case, as a page's address does) and
 * drops trailing slashes, so "example.com/world/" and "example.com/world" are one entry.
 * Imported files are not tidied; they are validated as written so the problem list
 * matches the file.
 */
export function normaliseSitePattern(input: string): string {
  const value = input.trim().replace(/^https?:\/\//i, '');
  const slash = value.indexOf('/');
  const host = (slash === -1 ? value : value.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : sectionPath(value.slice(slash));
  return (host.startsWith('[') ? shortIpv6(host) : asciiHost(host)) + path;
}

/** "/world/" -> "/world", "/" -> "": a section is named without its trailing slashes. */
function sectionPath(path: string): string {
  return path.replace(/\/+$/, '');
}

/**
 * The address in brackets ("[0:0:0:0:0:0:0:1]:8080") in the short form browsers give a
 * page's host name ("[::1]:8080"); port and path stay as typed. Anything else is left
 * for the validator to name.
 */
function shortIpv6(pattern: string): string {
  const end = pattern.indexOf(']') + 1;
  const host = end === 0 ? undefined : ipv6Host(pattern.slice(0, end));
  return host === undefined ? pattern : host + pattern.slice(end);
}

/**
 * "[::1]" -> "[::1]", "[0::1]" -> "[::1]": a bracketed IPv6 address as `URL.hostname`
 * gives it in every browser, or undefined when the text in brackets is no IPv6 address.
 */
function ipv6Host(bracketed: string): string | undefined {
  if (!/^\[[0-9a-f:.]+\]$/i.test(bracketed)) return undefined;
  try {
    return new URL(`http://${bracketed}/`).hostname;
  } catch {
    return undefined;
  }
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
  if (host.startsWith('[')) return ipv6Host(host) === host;
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
  const split = splitPort(hostPart);
  if (typeof split === 'string') return split;
  const { port } = split;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return 'bad-port';
  if (port !== undefined && Number(port) > 65535) return 'bad-port';
  let host = split.host;
  const subdomainsOnly = host.startsWith('*.');
  if (subdomainsOnly) host = host.slice(2);
  if (host.startsWith('[')) {
    // An address has no subdomains; it is matched in the form browsers report it in.
    const short = subdomainsOnly ? undefined : ipv6Host(host);
    if (short === undefined) return 'bad-ipv6';
    host = short;
  } else if (host !== host.toLowerCase() || !isValidHost(host)) return 'bad-host';
  const parsed: SitePattern = { subdomainsOnly, host };
  if (port !== undefined) parsed.port = port;
  if (path !== undefined) parsed.path = path;
  return parsed;
}

/**
 * Host and port of "host:port". An IPv6 address holds colons of its own, so it is
 * written in brackets ("[::1]:8080"), as in a page's address; one typed without them
 * is named as such rather than read as a host with a strange port.
 */
function splitPort(hostPart: string): { host: string; port?: string } | 'bad-ipv6' | 'bad-port' {
  if (hostPart.includes('[') || hostPart.includes(']')) {
    const close = hostPart.indexOf(']') + 1;
    const rest = close === 0 ? '' : hostPart.slice(close);
    if (close === 0 || (rest !== '' && !rest.startsWith(':'))) return 'bad-ipv6';
    return rest === '' ? { host: hostPart } : { host: hostPart.slice(0, close), port: rest.slice(1) };
  }
  if (BARE_IPV6.test(hostPart.replace(/^\*\./, ''))) return 'bad-ipv6';
  const [host, port, ...extra] = hostPart.split(':');
  if (extra.length > 0) return 'bad-port';
  return port === undefined ? { host: host! } : { host: host!, port };
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
  if (parsed.path !== undefined && !inSection(sectionPath(parsed.path), url.pathname)) return false;
  return true;
}

/** "/world" holds /world, /world/ and /world/europe, not /worldcup or /World. */
function inSection(section: string, pathname: string): boolean {
  if (section === '') return true;
  return pathname === section || pathname.startsWith(`${section}/`);
}
