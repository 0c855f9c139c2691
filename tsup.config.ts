import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'stoke-on-trent': 'src/stoke-on-trent.ts',
    staffordshire: 'src/staffordshire.ts',
    define: 'src/define-entry.ts',
  },
  format: ['esm', 'cjs'],
  // one copy of shared code (and of each framework object) per format, even in CJS
  splitting: true,
  treeshake: true,
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod'],
});
