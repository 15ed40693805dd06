/**
 * A Vite plugin: every page that uses the game's typeface asks for its two Latin files (regular and
 * bold, about 17 KB each) in its `<head>`, with `<link rel="preload">`. Without it the browser asks
 * for them only when the first text is drawn, and on a slow phone they arrive about 0.4 s after the
 * menu is usable: the text re-flows and *Play* jumps up a line under the player's finger (a tap then
 * lands on the link below it). Preloaded, they arrive with the page's script, before the menu.
 */
import type { OutputAsset, OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

const FONT = /atkinson-hyperlegible-latin-(400|700)-normal-[^/]*\.woff2$/;

/** The preloaded font files of a bundle, in a stable order (regular, then bold). */
export function fontsToPreload(bundle: OutputBundle): string[] {
  return Object.values(bundle)
    .filter((a): a is OutputAsset => a.type === 'asset' && FONT.test(a.fileName))
    .map((a) => a.fileName)
    .sort();
}

export function preloadFonts(): Plugin {
  return {
    name: 'ministerial-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        // Only pages whose own styles name the typeface (the studio styles its own).
        const css = Object.values(ctx.bundle).filter((a): a is OutputAsset => a.type === 'asset' && a.fileName.endsWith('.css'));
        if (!css.some((a) => html.includes(a.fileName) && String(a.source).includes('Atkinson Hyperlegible'))) return html;
        const tags = fontsToPreload(ctx.bundle as unknown as OutputBundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
        return { html, tags };
      },
    },
  };
}
