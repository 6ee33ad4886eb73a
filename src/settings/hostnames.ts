/**
 * Sites the user excludes from the article badge: what they type (a hostname or a URL) becomes a bare,
 * lower-case hostname; anything else gets a message to show next to the field. Pure: no browser API.
 */
export type SiteParse = { ok: true; hostname: string } | { ok: false; message: string };

/** One DNS label: letters, digits and inner hyphens (punycode included), at most 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** Longest hostname DNS allows. */
const MAX_HOSTNAME = 253;

export function parseSiteInput(input: string): SiteParse {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type a site’s address, for example example.com.' };
  if (/\s/.test(text)) return { ok: false, message: 'A site address has no spaces.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let host: string;
  try {
    const url = new URL(hasScheme ? text : `http://${text.replace(/^\*\./, '')}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, message: 'Only web sites (http or https addresses) can be excluded.' };
    }
    host = url.hostname;
  } catch {
    return { ok: false, message: `“${text}” is not a site address. Type something like example.com.` };
  }
  const hostname = canonicalHostname(host);
  if (hostname === null) {
    return { ok: false, message: `“${text}” is not a site address. Type something like example.com.` };
  }
  return { ok: true, hostname };
}

/**
 * The stored form of a hostname, or null when it is not one: lower case, no trailing dot, no leading `www.`
 * (excluding a site covers its subdomains, so `example.com` also covers `www.example.com`).
 */
export function canonicalHostname(value: string): string | null {
  let host = value.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('www.') && host.split('.').length > 2) host = host.slice(4);
  if (host === '' || host.length > MAX_HOSTNAME) return null;
  if (host === 'localhost') return host;
  const ipv4 = IPV4.exec(host);
  if (ipv4) return ipv4.slice(1).every((part) => Number(part) <= 255) ? host : null;
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return host;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // A top-level domain is never all digits (that would be a malformed IP address).
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return host;
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function isExcludedHost(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
