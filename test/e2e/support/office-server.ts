// An office's web server, as the install guide sets it up, on this machine: a name other than
// localhost (dangvien.test on 127.0.0.2, through /etc/hosts), a self-signed certificate made with
// openssl, HTTPS, and the MIME types and headers the package's web.config declares.
import { execFileSync } from 'child_process';
import { createHash, X509Certificate } from 'crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'https';
import { tmpdir } from 'os';
import { extname, join, normalize, sep } from 'path';

export const HOSTS = '/etc/hosts';
const HOSTS_TAG = '# dangvien e2e (test/e2e/support/office-server.ts)';

/**
 * Makes `name` resolve to `address` through /etc/hosts (Chromium and Node both read it). Adds one
 * tagged line only when no line maps the name already; returns the function that removes exactly
 * that line again.
 */
export function mapHostName(name: string, address: string): () => void {
  const text = readFileSync(HOSTS, 'utf8');
  const mapped = text.split('\n').some((l) => {
    const [ip, ...names] = l.replace(/#.*/, '').trim().split(/\s+/);
    return ip === address && names.includes(name);
  });
  if (mapped) return () => undefined;
  const line = `${address} ${name} ${HOSTS_TAG}`;
  writeFileSync(HOSTS, `${text.endsWith('\n') || text === '' ? text : `${text}\n`}${line}\n`);
  return () => {
    const now = readFileSync(HOSTS, 'utf8');
    writeFileSync(HOSTS, now.split('\n').filter((l) => l !== line).join('\n'));
  };
}

export interface Certificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo: Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
}

/** A self-signed certificate for `name` (in the Subject Alternative Name, as browsers require), made by openssl. */
export function selfSignedCertificate(name: string): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'dangvien-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-sha256', '-days', '2', '-nodes',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`,
  ], { stdio: 'pipe' });
  const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const der = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert, spki: createHash('sha256').update(der).digest('base64') };
}

/** What an IIS site with this web.config sends: MIME types by extension, extra headers, caching. */
export interface WebConfig {
  types: Map<string, string>;
  headers: Record<string, string>;
  noCache: boolean;
  defaultDocument: string | null;
}

export function readWebConfig(file: string): WebConfig {
  const xml = readFileSync(file, 'utf8');
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<mimeMap\s+fileExtension="([^"]+)"\s+mimeType="([^"]+)"\s*\/>/g)) types.set(m[1].toLowerCase(), m[2]);
  const headers: Record<string, string> = {};
  const custom = /<customHeaders>([\s\S]*?)<\/customHeaders>/.exec(xml)?.[1] ?? '';
  for (const m of custom.matchAll(/<add\s+name="([^"]+)"\s+value="([^"]*)"\s*\/>/g)) headers[m[1]] = m[2];
  return {
    types,
    headers,
    noCache: /<clientCache\s+cacheControlMode="DisableCache"/.test(xml),
    defaultDocument: /<defaultDocument[\s\S]*?<add\s+value="([^"]+)"/.exec(xml)?.[1] ?? null,
  };
}

export interface OfficeServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on https://name:port/ (bound to `address`) as IIS would with `config`: a file whose
 * extension web.config does not map is refused (IIS answers 404.3), web.config itself is never served.
 */
export async function serveOffice(root: string, o: { name: string; address: string; port: number; certificate: Certificate; config: WebConfig }): Promise<OfficeServer> {
  const requests: string[] = [];
  const server: Server = createServer({ key: o.certificate.key, cert: o.certificate.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${o.name}`);
    requests.push(url.pathname);
    let rel = decodeURIComponent(url.pathname);
    if (rel === '/' && o.config.defaultDocument) rel = `/${o.config.defaultDocument}`;
    const path = normalize(join(root, rel));
    const headers = { ...o.config.headers, ...(o.config.noCache ? { 'cache-control': 'no-cache' } : {}) };
    const type = o.config.types.get(extname(path).toLowerCase());
    if (!path.startsWith(root + sep) || !existsSync(path) || statSync(path).isDirectory() || /web\.config$/i.test(path) || !type) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end(type || !existsSync(path) ? 'not found' : 'no MIME type for this extension in web.config');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': type });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.address, resolve);
  });
  return {
    origin: `https://${o.name}:${o.port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
