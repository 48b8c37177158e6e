#!/usr/bin/env node
// The installed entry: runs the compiled CLI (npm run build makes dist/).
import '../dist/cli.js';
