#!/usr/bin/env node
// The sources are TypeScript run by Node 24's type stripping; no build step between an edit and a run.
import { main } from "../src/cli/main.ts";

process.exitCode = await main(process.argv.slice(2));
