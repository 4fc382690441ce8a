#!/usr/bin/env node
// The collector's command (`npx moments-collector`, `npm start`): all of it lives in the build.
import { run } from '../dist/collector.js';

run();
