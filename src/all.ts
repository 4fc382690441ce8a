// The single-file build (dist/moments.all.js): the drop-in with the prompt, adapters and explain inside.
import { install } from './core/install';
import * as ui from './ui/chunk';
import * as explain from './explain/debug';

install({ ui: async () => ui, explain: async () => explain });
