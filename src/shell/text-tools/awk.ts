import type { Tool } from '../tool-io.js';
export const awk: Tool = () => ({ stdout: '', stderr: '', exitCode: 0 });
