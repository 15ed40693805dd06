/**
 * A Vite plugin: names in the game page the chunks a game needs after the menu (the briefing,
 * the table, the session and Phaser, everything the briefing screen imports, eagerly or lazily),
 * as `<meta name="prefetch-after-menu" content="url url ...">`. Once the menu is usable, main.ts
 * turns them into `<link rel="prefetch">`: the browser downloads them into its HTTP cache without
 * running them, while the player looks at the menu, so *Play* finds Phaser (~285 KB compressed, 1.5
 * s on a 1.6 Mbit/s link) already there or on its way. Not before the menu is usable: on a slow
 * link they would share the bandwidth with the menu's own downloads.
 */
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

const FROM = /src\/client\/ui\/screens\/briefing\.ts$/;

/** The chunk files reachable from the chunk whose module matches `from`, minus those the page already loads. */
export function chunksAfter(bundle: OutputBundle, from: RegExp, page: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId && from.test(c.facadeModuleId));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(page));
  if (!start) return [];
  const loaded = new Set([...(entry?.imports ?? []), entry?.fileName]);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || loaded.has(name)) return;
    seen.add(name);
    const chunk = byName.get(name);
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) visit(next);
  };
  visit(start.fileName);
  return [...seen];
}

export function prefetchAfterMenu(): Plugin {
  return {
    name: 'ministerial-prefetch-after-menu',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
        const files = chunksAfter(ctx.bundle as unknown as OutputBundle, FROM, 'index.html');
        if (files.length === 0) return html;
        return { html, tags: [{ tag: 'meta', attrs: { name: 'prefetch-after-menu', content: files.map((f) => `/${f}`).join(' ') }, injectTo: 'head' }] };
      },
    },
  };
}
