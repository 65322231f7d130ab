// First: it sends the popup's request before the rest is evaluated.
import { opening, pendingId } from './opening.ts';
import '../zod-setup.ts';
import '../ui/base.css';
import { render } from 'preact';
import { App, whenOpened } from './app.tsx';

// Drawn once, when the answer is in (index.html shows "…" until then, without waiting for a frame
// of the app's own).
const root = document.getElementById('app');
if (root)
  void whenOpened(opening).then((opened) => {
    // In the same task as the render: the "…" goes as the popup comes, nothing blank between.
    root.replaceChildren();
    render(<App pendingId={pendingId} opened={opened} />, root);
  });
