/**
 * The Stemhulp block: its settings in the sidebar, its preview rendered by the same PHP
 * as the [stemhulp] shortcode. Plain JavaScript on WordPress's globals, no build step.
 * Its texts are translated like the plugin's PHP (languages/*.po, built into the JSON file
 * WordPress hands this script), so a Dutch admin sees Dutch.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { Notice, PanelBody, TextControl, SelectControl } = wp.components;
  const { createElement: el } = wp.element;
  const { __, sprintf } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;
  // Written by the plugin before this script (stemhulp_widget_enqueue_editor()).
  const settings = window.stemhulpWidgetEditor || {};

  /** A CBS code from what an editor typed: "363", "0363" and "gm363" are GM0363; else ''. */
  const gemeenteCode = (value) => {
    const m = /^\s*(?:GM\s*)?([0-9]{1,4})\s*$/i.exec(value || '');
    return m ? 'GM' + m[1].padStart(4, '0') : '';
  };

  /** What the editor must know about the block's settings, as notices in the block. */
  function notices(attributes) {
    const list = [];
    if (!attributes.src && !settings.hasDefaultSrc) {
      list.push(
        __(
          'No data address: this block shows only the speerpunten, without the stemhulp. Enter the address of an index.json under "Data address" in the block\'s settings, or ask an administrator for a default address (Settings, Stemhulp).',
          'stemhulp-widget',
        ),
      );
    }
    if (attributes.gemeente && !gemeenteCode(attributes.gemeente)) {
      list.push(
        sprintf(
          /* translators: %s: what the editor typed as the gemeente. */
          __('"%s" is not a CBS code such as GM0363, so it is left out: readers choose the gemeente themselves.', 'stemhulp-widget'),
          attributes.gemeente,
        ),
      );
    }
    return list.map((text, i) => el(Notice, { key: i, status: 'warning', isDismissible: false, className: 'stemhulp-widget-notice' }, text));
  }

  /** The help under the gemeente field: says how "363" is read. */
  function gemeenteHelp(value) {
    const code = gemeenteCode(value);
    if (code && code !== value) {
      /* translators: %s: a CBS code such as GM0363. */
      return sprintf(__('Used as %s.', 'stemhulp-widget'), code);
    }
    return __('For example GM0363. Empty: the reader chooses.', 'stemhulp-widget');
  }

  registerBlockType('stemhulp/widget', {
    edit({ attributes, setAttributes }) {
      const set = (name) => (value) => setAttributes({ [name]: value });
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Stemhulp settings', 'stemhulp-widget') },
            el(TextControl, {
              label: __('Data address (index.json)', 'stemhulp-widget'),
              help: settings.hasDefaultSrc
                ? __('Empty: the default from Settings, Stemhulp.', 'stemhulp-widget')
                : __('This site has no default address: without one here, the block shows only the speerpunten.', 'stemhulp-widget'),
              type: 'url',
              value: attributes.src,
              onChange: set('src'),
            }),
            el(TextControl, {
              label: __('Gemeente (CBS code)', 'stemhulp-widget'),
              help: gemeenteHelp(attributes.gemeente),
              value: attributes.gemeente,
              onChange: set('gemeente'),
              // "363" is stored as GM0363 once the editor leaves the field.
              onBlur: () => {
                const code = gemeenteCode(attributes.gemeente);
                if (code && code !== attributes.gemeente) setAttributes({ gemeente: code });
              },
            }),
            el(SelectControl, {
              label: __('Language', 'stemhulp-widget'),
              value: attributes.lang,
              options: [
                { value: '', label: __('Language of the page', 'stemhulp-widget') },
                { value: 'nl', label: 'Nederlands' },
                { value: 'en', label: 'English' },
                { value: 'ar', label: 'العربية' },
              ],
              onChange: set('lang'),
            }),
          ),
        ),
        notices(attributes),
        el(ServerSideRender, { block: 'stemhulp/widget', attributes }),
      );
    },
    // Rendered on the server: the post stores only the settings.
    save: () => null,
  });

  // After loading and after each save: the post's data addresses this site refuses (the
  // REST field stemhulp_refused, from the saved content), as a notice at the top of the
  // editor, so the editor hears it before any reader finds an empty place.
  const noticeId = 'stemhulp-widget-refused';
  let shown = '';
  let wasSaving = false;
  wp.data.subscribe(() => {
    const editor = wp.data.select('core/editor');
    if (!editor) return;
    // Each save says it again, also when the editor closed the last notice.
    const saving = editor.isSavingPost() && !editor.isAutosavingPost();
    if (wasSaving && !saving) shown = null;
    wasSaving = saving;
    const post = editor.getCurrentPost();
    const refused = post && post.stemhulp_refused;
    if (!Array.isArray(refused)) return;
    const key = refused.join('\n');
    if (key === shown) return;
    shown = key;
    const notices = wp.data.dispatch('core/notices');
    if (!refused.length) {
      notices.removeNotice(noticeId);
      return;
    }
    notices.createWarningNotice(
      sprintf(
        /* translators: %s: one or more data addresses, separated by commas. */
        __(
          'Stemhulp: readers of this post will not see the stemhulp with data from %s: this site does not allow that host. Use an allowed data address, or ask an administrator to add the host under Settings, Stemhulp.',
          'stemhulp-widget',
        ),
        refused.join(', '),
      ),
      { id: noticeId, isDismissible: true },
    );
  });
})(window.wp);
