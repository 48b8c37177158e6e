import { describe, expect, it } from 'vitest';
import { fileRedirections } from '../../src/backend/docker/words.js';

describe('fileRedirections', () => {
  it.each([
    ['cat /etc/hosts > /tmp/x', ['/tmp/x']],
    ['echo a >>log; echo b 2> err.txt', ['log', 'err.txt']],
    ['docker port web 2>&1', []],
    ['ls -l /var/run/docker.sock 2>/dev/null', []],
    ['echo "a > b" \'c>d\'', []],
    ['cmd &> out', ['out']],
  ])('%s', (line, files) => {
    expect(fileRedirections(line)).toEqual(files);
  });
});
