import '../zod-setup.ts';

// Marks for the bench (test/bench/extension.ts): script running, answer received, form ready.
performance.mark('jalon-start');

import '../ui/base.css';
import { render } from 'preact';
import { App } from './app.tsx';

// The capture window opened by "Record selected figure as a KPI value…" names its pending capture.
const pendingId = new URLSearchParams(location.search).get('pending') ?? undefined;
const root = document.getElementById('app');
if (root) render(<App pendingId={pendingId} />, root);
