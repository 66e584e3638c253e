import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// Without Vitest globals, testing-library cannot register its own clean-up between tests.
afterEach(() => cleanup());
