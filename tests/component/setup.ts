import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// Without Vitest globals, testing-library cannot register its own clean-up between tests.
afterEach(() => cleanup());

// jsdom has no canvas: the label measurer falls back to an estimate when getContext gives null,
// which jsdom's own getContext does too, after printing "Not implemented" for every call.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;
