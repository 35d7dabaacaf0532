/**
 * The Stemhulp block: its settings in the sidebar, its preview rendered by the same PHP
 * as the [stemhulp] shortcode. Plain JavaScript on WordPress's globals, no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl } = wp.components;
	const { createElement: el } = wp.element;
	const { __ } = wp.i18n;
	const ServerSideRender = wp.serverSideRender;

	registerBlockType( 'stemhulp/widget', {
		edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Stemhulp settings', 'stemhulp-widget' ) },
						el( TextControl, {
							label: __( 'Data address (index.json)', 'stemhulp-widget' ),
							help: __( 'Empty: the default from Settings, Stemhulp.', 'stemhulp-widget' ),
							type: 'url',
							value: attributes.src,
							onChange: set( 'src' ),
						} ),
						el( TextControl, {
							label: __( 'Gemeente (CBS code)', 'stemhulp-widget' ),
							help: __( 'For example GM0363. Empty: the reader chooses.', 'stemhulp-widget' ),
							value: attributes.gemeente,
							onChange: set( 'gemeente' ),
						} ),
						el( SelectControl, {
							label: __( 'Language', 'stemhulp-widget' ),
							value: attributes.lang,
							options: [
								{ value: '', label: __( 'Language of the page', 'stemhulp-widget' ) },
								{ value: 'nl', label: 'Nederlands' },
								{ value: 'en', label: 'English' },
								{ value: 'ar', label: 'العربية' },
							],
							onChange: set( 'lang' ),
						} )
					)
				),
				el( ServerSideRender, { block: 'stemhulp/widget', attributes } )
			);
		},
		// Rendered on the server: the post stores only the settings.
		save: () => null,
	} );
} )( window.wp );
