/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:shipped-levels' {
  const shipped: import('../../scripts/lib/level-catalog.js').ShippedLevels;
  export default shipped;
}
