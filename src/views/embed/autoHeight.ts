/**
 * In an iframe, tells the host page how tall the content is, so the host script (public/embed.js)
 * can size the iframe to fit. The message carries its type and the height, nothing else.
 */
import { RESIZE_MESSAGE_TYPE } from '../../model/embedOptions.ts';

export function postHeightToHost(): () => void {
  if (window.parent === window) return () => {};
  let posted = -1;
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    // The height is not a secret, and a sandboxed host may have an opaque origin: any target.
    window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height }, '*');
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(post);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(document.body);
  schedule();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
