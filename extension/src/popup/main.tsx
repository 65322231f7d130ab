// First: it sends the popup's request before the rest is evaluated.
import { opening, pendingId } from './opening.ts';
import '../zod-setup.ts';
import '../ui/base.css';
import { render } from 'preact';
import { App, whenOpened } from './app.tsx';

// Drawn once, when the answer is in: a first frame of "…" would hold the form back by a frame.
const root = document.getElementById('app');
if (root)
  void whenOpened(opening).then((opened) => render(<App pendingId={pendingId} opened={opened} />, root));
