import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpTexts } from '../shared/corpus/warm-up-texts';
import { SCRATCH_PREFIX } from '../main/services/corpus/create-corpus-session';

const cli = fileURLToPath(new URL('../../bin/wirediff.js', import.meta.url));
const DEMO = fileURLToPath(new URL('../../resources/demo-corpus', import.meta.url));
let dir: string;

/** The command line as a user runs it: its exit code and what it printed. */
function wirediff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-cli-'));
  const text = 'Der Grauhorn-Tunnel bleibt nach dem Felssturz bis Ende Januar für alle Züge gesperrt.';
  await writeFile(join(dir, 'a.txt'), `Tunnel gesperrt\n\n${text}`);
  await writeFile(join(dir, 'b.txt'), `Tunnel zu\n\n${text.replace('Januar', 'Jänner')}`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the wirediff command line', { timeout: 60_000 }, () => {
  it('scans a folder into a standalone HTML report', async () => {
    const { code, stdout } = await wirediff('scan', dir, '--html');
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain(
      '<td>Tunnel gesperrt<div class="meta">a.txt</div></td><td>Tunnel zu<div class="meta">b.txt</div></td>',
    );
  });

  it('scans a folder into JSON with both one-way shares', async () => {
    const { code, stdout } = await wirediff('scan', dir, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { articles: unknown[]; pairs: { leftReuse: number; rightReuse: number }[] };
    expect(report.articles).toHaveLength(2);
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]!.leftReuse).toBeGreaterThan(0.5);
    expect(report.pairs[0]!.rightReuse).toBeGreaterThan(0.5);
  });

  it('fails with a message when the folder or file is not there', async () => {
    const missing = join(dir, 'fehlt');
    expect(await wirediff('scan', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `wirediff: ${missing}: folder not found\n`,
    });
    const compared = await wirediff('compare', join(dir, 'a.txt'), missing);
    expect([compared.code, compared.stderr]).toEqual([1, `wirediff: ${missing}: file not found\n`]);
  });

  it('refuses two output formats at once, with the usage', async () => {
    const { code, stdout, stderr } = await wirediff('scan', dir, '--json', '--html');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('wirediff: Choose one of --json and --html.');
    expect(stderr).toContain('Usage:');
  });

  it('shows what the reader noticed about a file in plain and HTML output, not only in JSON', async () => {
    const other = await mkdtemp(join(tmpdir(), 'wirediff-cli-mixed-'));
    const mixed = join(other, 'mixed.txt');
    // UTF-8 but for one Windows-1252 byte: the ö of "Söder".
    await writeFile(
      mixed,
      Buffer.concat([Buffer.from('Tunnel zu\n\nGemeinderat S'), Buffer.from([0xf6]), Buffer.from('der sagt Grüße.')]),
    );
    try {
      const plain = await wirediff('compare', join(dir, 'a.txt'), mixed);
      expect(plain.stdout).toContain('R: 1 byte was not UTF-8 and read as Windows-1252 (e.g. “Söder”)');
      const html = await wirediff('compare', join(dir, 'a.txt'), mixed, '--html');
      expect(html.stdout).toContain('⚠ 1 byte was not UTF-8 and read as Windows-1252');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('names a mistyped option as a usage error', async () => {
    const { code, stderr } = await wirediff('scan', dir, '--jsn');
    expect(code).toBe(2);
    expect(stderr).toContain('wirediff: Unknown option --jsn.');
    expect(stderr).toContain('Usage:');
  });

  it('leaves no scratch folder behind when a scan is interrupted', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'wirediff-cli-tmp-'));
    const folder = join(tmp, 'articles');
    try {
      // Enough near-copies that aligning them all takes seconds, so the interrupt lands mid-scan.
      const seeds = await Promise.all((await readdir(DEMO)).map((name) => readFile(join(DEMO, name), 'utf8')));
      await mkdir(folder);
      await Promise.all(warmUpTexts(seeds, 600).map((text, i) => writeFile(join(folder, `${i}.txt`), text)));
      const child = spawn(process.execPath, [cli, 'scan', folder, '--json'], { env: { ...process.env, TMPDIR: tmp } });
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      const scratch = async () => (await readdir(tmp)).filter((name) => name.startsWith(SCRATCH_PREFIX));
      while ((await scratch()).length === 0) await new Promise((done) => setTimeout(done, 10));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(await scratch()).toEqual([]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
