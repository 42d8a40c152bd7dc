// The drafting and the sheet layout run anywhere (Node, the task pane, a Web Worker); the PDF
// writer runs in Node and in a browser bundle; only fonts-node.ts may touch the file system.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const DIR = join(__dirname, '../../src/report');
const code = (file: string) =>
  readFileSync(join(DIR, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

const NODE = [
  /from ['"](fs|path|os|stream|crypto|child_process|zlib|buffer|util|node:[^'"]+)['"]/,
  /\bprocess\./,
  /\brequire\(/,
  /\bBuffer\b/,
  /\b__dirname\b/,
];
const HOSTS = [/from ['"](react|react-dom|@fluentui\/[^'"]+|exceljs)['"]/, /\bExcel\.run\b/, /\bOffice\./, /\bwindow\./, /\bdocument\./];

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const pure = files.filter((f) => f !== 'pdf.ts' && f !== 'fonts-node.ts');

describe('src/report', () => {
  it('has the files this test knows', () => {
    expect(files).toEqual(expect.arrayContaining(['draft.ts', 'layout.ts', 'catalogue.ts', 'pdf.ts', 'fonts-node.ts']));
  });

  it.each(pure)('%s uses no Node, host or PDF API', (file) => {
    const text = code(file);
    for (const re of [...NODE, ...HOSTS, /from ['"]pdfkit['"]/]) expect(text).not.toMatch(re);
  });

  it('pdf.ts uses pdfkit and Uint8Array only: it goes into the browser bundle too', () => {
    const text = code('pdf.ts');
    expect(text).toMatch(/from ['"]pdfkit['"]/);
    for (const re of [...NODE, ...HOSTS]) expect(text).not.toMatch(re);
  });

  it('the index exports nothing that needs Node', () => {
    expect(code('index.ts')).not.toMatch(/fonts-node/);
  });
});
