// `npm run build` writes dist/custom-elements.json (package.json "customElements") from the JSDoc of src/.
export default {
  globs: ['src/element/stemhulp-widget.ts', 'src/element/events.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'public-attributes-only',
      // Internal state is declared in `static properties` too (with `state: true`); it is no attribute.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const isPrivate = (name) => decl.members?.some((m) => m.name === name && m.privacy === 'private');
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !isPrivate(a.fieldName ?? a.name));
          }
        }
      },
    },
  ],
};
