/**
 * Which Phaser renderer to use. WebGL when the GPU really draws it; Canvas when WebGL would run in
 * software (SwiftShader, llvmpipe: old school laptops, VMs, headless browsers), where Canvas 2D
 * keeps the table at 60 frames a second and WebGL does not. `?renderer=webgl|canvas` overrides.
 */
export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

export function preferredRenderer(params: URLSearchParams): RendererChoice {
  const forced = params.get('renderer');
  if (forced === 'webgl' || forced === 'canvas') return forced;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return 'canvas';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isSoftwareRenderer(name) ? 'canvas' : 'webgl';
  } catch {
    return 'canvas';
  }
}
