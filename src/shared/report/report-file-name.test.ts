import { describe, expect, it } from 'vitest';
import { rankingReportFileName, reportFileName } from './report-file-name';

describe('reportFileName', () => {
  it('names both articles, without extensions', () => {
    expect(reportFileName({ name: '000_4ceae6f6854108d6.txt' }, { name: '002_b62ac6a634bb1ab5.txt' })).toBe(
      'wirediff-000_4ceae6f6854108d6-vs-002_b62ac6a634bb1ab5.html',
    );
  });

  it('keeps letters of any script and drops what a file system may refuse', () => {
    expect(reportFileName({ name: 'Grauhorn: Sperre „bis Jänner“?.html' }, { name: '...' })).toBe(
      'wirediff-Grauhorn-Sperre-bis-Jänner-vs-article.html',
    );
  });

  it('shortens long names', () => {
    const long = `${'a'.repeat(100)}.txt`;
    expect(reportFileName({ name: long }, { name: long }).length).toBeLessThanOrEqual(9 + 60 + 4 + 60 + 5);
  });
});

describe('rankingReportFileName', () => {
  it('names the folder', () => {
    expect(rankingReportFileName('helsinki-2018')).toBe('wirediff-ranking-helsinki-2018.html');
    expect(rankingReportFileName('Demo corpus')).toBe('wirediff-ranking-Demo-corpus.html');
  });
});
