// Go's text/tabwriter (docker's fork): the examples from Go's documentation,
// Docker's table settings, and display widths of wide characters.
import { describe, expect, it } from 'vitest';
import {
  DOCKER_TABLE, DOCKER_VERSION_TABLE, DOCKER_WIDE_TABLE, displayWidth, tabwrite,
} from '../../../src/shell/go-template/index.js';
import { ALIGN_RIGHT, DEBUG, DISCARD_EMPTY_COLUMNS } from '../../../src/shell/go-template/tabwriter.js';

describe('tabwrite', () => {
  it('matches ExampleWriter_Init (tab padding)', () => {
    const text = 'a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n\n';
    expect(tabwrite(text, { minwidth: 0, tabwidth: 8, padding: 0, padchar: '\t', flags: 0 }))
      .toBe('a\tb\tc\td\t\t.\n123\t12345\t1234567\t123456789\t.\n\n');
  });

  it('matches ExampleWriter_Init (right-aligned, minimal width 5)', () => {
    const text = 'a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n\n';
    expect(tabwrite(text, { minwidth: 5, tabwidth: 0, padding: 1, padchar: ' ', flags: ALIGN_RIGHT }))
      .toBe('    a     b       c         d.\n  123 12345 1234567 123456789.\n\n');
  });

  it('matches Example_elastic (columns are blocks of consecutive cells)', () => {
    const text = 'a\tb\tc\naa\tbb\tcc\naaa\t\naaaa\tdddd\teeee\n';
    expect(tabwrite(text, { minwidth: 0, tabwidth: 0, padding: 1, padchar: '.', flags: ALIGN_RIGHT | DEBUG }))
      .toBe('....a|..b|c\n...aa|.bb|cc\n..aaa|\n.aaaa|.dddd|eeee\n');
  });

  it('matches Example_trailingTab (only tab-terminated cells align)', () => {
    const text = 'a\tb\taligned\t\naa\tbb\taligned\t\naaa\tbbb\tunaligned\naaaa\tbbbb\taligned\t\n';
    expect(tabwrite(text, { minwidth: 0, tabwidth: 0, padding: 3, padchar: '-', flags: ALIGN_RIGHT | DEBUG }))
      .toBe('------a|------b|---aligned|\n-----aa|-----bb|---aligned|\n----aaa|----bbb|unaligned\n---aaaa|---bbbb|---aligned|\n');
  });

  it('uses docker table settings by default, rows joined by tabs', () => {
    expect(DOCKER_TABLE).toEqual({ minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 });
    expect(tabwrite([['NETWORK ID', 'NAME', 'DRIVER'], ['0002bfc7fb4b', 'bridge', 'bridge'], ['fdd3a82cd455', 'gotpl-net', 'bridge']]))
      .toBe('NETWORK ID     NAME        DRIVER\n0002bfc7fb4b   bridge      bridge\nfdd3a82cd455   gotpl-net   bridge\n');
  });

  it('knows the wider docker settings', () => {
    expect(tabwrite([['UID', 'PID'], ['root', '1']], DOCKER_WIDE_TABLE)).toBe('UID                 PID\nroot                1\n');
    expect(tabwrite(' Version:\t28.2.2\n API version:\t1.41\n', DOCKER_VERSION_TABLE))
      .toBe(' Version:           28.2.2\n API version:       1.41\n');
  });

  it('discards empty soft columns when asked', () => {
    expect(tabwrite('a\v\vb\nc\v\vd\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ', flags: DISCARD_EMPTY_COLUMNS }))
      .toBe('a b\nc d\n'); // the empty middle column takes no room
  });

  it('writes a last line without newline as is', () => {
    expect(tabwrite('a\tb\nccc\td')).toBe('a         b\nccc       d');
  });

  it('measures East Asian wide characters as two columns, combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(tabwrite([['名前', 'x'], ['ab', 'y']], { minwidth: 0, padding: 1 })).toBe('名前 x\nab   y\n');
  });
});
