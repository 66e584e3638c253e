// data/*.yaml imported by the app: parsed at build time (vite.config.ts, yamlData), checked where used.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
