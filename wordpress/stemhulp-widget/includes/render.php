<?php
/**
 * The widget's markup and its script, shared by the shortcode and the block.
 *
 * @package StemhulpWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The address of the widget's ES module that comes with this plugin.
 *
 * @return string
 */
function stemhulp_widget_bundled_script_url() {
	return plugins_url( 'widget/stemhulp-widget.js', STEMHULP_WIDGET_FILE );
}

/**
 * The script address from the settings page, when it may be used: only when the user who
 * saved it may add scripts to this site (unfiltered_html) now. A script runs for every
 * reader, so an administrator without that right (DISALLOW_UNFILTERED_HTML, a site admin
 * on a multisite network) must not be able to choose one; nor may an address saved before
 * this check, or by a user who has since lost the right.
 *
 * @return string The address, or '' for the plugin's own widget.
 */
function stemhulp_widget_custom_script_url() {
	$url = (string) get_option( 'stemhulp_widget_script_url', '' );
	if ( '' === $url ) {
		return '';
	}
	$by = (int) get_option( 'stemhulp_widget_script_url_by', 0 );
	return $by && user_can( $by, 'unfiltered_html' ) ? $url : '';
}

/**
 * The address of the widget's ES module for readers: the settings page's when it may be
 * used, else the copy in this plugin.
 *
 * @return string
 */
function stemhulp_widget_script_url() {
	$url = stemhulp_widget_custom_script_url();
	return $url ? $url : stemhulp_widget_bundled_script_url();
}

/**
 * Loads the widget once per page, as a module, however many widgets the page has.
 *
 * @param bool $for_editor True in the block editor: there only the plugin's own copy is
 *                         loaded, never an address from a setting (the editor's page holds
 *                         the REST nonce).
 */
function stemhulp_widget_enqueue( $for_editor = false ) {
	$url = $for_editor ? stemhulp_widget_bundled_script_url() : stemhulp_widget_script_url();
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( 'stemhulp-widget', $url, array(), STEMHULP_WIDGET_VERSION );
		return;
	}
	// Before WordPress 6.5 (and in the editor, where script modules arrived later): a
	// classic handle, printed with type="module" by stemhulp_widget_module_tag().
	wp_enqueue_script( 'stemhulp-widget', $url, array(), STEMHULP_WIDGET_VERSION, true );
}

add_filter( 'script_loader_tag', 'stemhulp_widget_module_tag', 10, 2 );

/**
 * Marks the widget's script tag as a module (the bundle uses import and export).
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle Its handle.
 * @return string
 */
function stemhulp_widget_module_tag( $tag, $handle ) {
	if ( 'stemhulp-widget' !== $handle ) {
		return $tag;
	}
	// Themes without HTML5 script support get type='text/javascript', which would win.
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

/**
 * The origins a widget on this site may load data from: the default data address's and
 * those listed on the settings page; with none listed, the site's own. Never any host: any
 * contributor could otherwise show someone else's data under the site's name.
 *
 * @return string[]
 */
function stemhulp_widget_allowed_origins() {
	$origins = array();
	$listed  = trim( (string) get_option( 'stemhulp_widget_allowed_origins', '' ) );
	$lines   = '' === $listed ? array( home_url( '/' ) ) : preg_split( '/\s+/', $listed );
	$lines[] = (string) get_option( 'stemhulp_widget_default_src', '' );
	foreach ( $lines as $line ) {
		$origin = stemhulp_widget_origin( $line );
		if ( $origin ) {
			$origins[] = $origin;
		}
	}
	return array_unique( $origins );
}

/**
 * The scheme, host and port of an http(s) URL, or '' when it is not one.
 *
 * @param string $url Any string.
 * @return string
 */
function stemhulp_widget_origin( $url ) {
	$parts = wp_parse_url( trim( $url ) );
	if ( ! $parts || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	$port = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
	return strtolower( $parts['scheme'] . '://' . $parts['host'] ) . $port;
}

/**
 * A gemeente as a CBS code: "GM0363", also when typed as "363", "0363" or "gm 363".
 *
 * @param string $value What the author typed.
 * @return string The code, or '' when the value is none.
 */
function stemhulp_widget_gemeente( $value ) {
	if ( ! preg_match( '/^\s*(?:GM\s*)?([0-9]{1,4})\s*$/i', (string) $value, $m ) ) {
		return '';
	}
	return 'GM' . str_pad( $m[1], 4, '0', STR_PAD_LEFT );
}

/**
 * The data address a shortcode or block will use: its own, or the default; a path on this
 * site made absolute. Only http(s) addresses; '' when there is none.
 *
 * @param string $src The shortcode's or block's src, possibly ''.
 * @return string
 */
function stemhulp_widget_data_url( $src ) {
	$src = trim( (string) $src );
	if ( '' === $src ) {
		$src = (string) get_option( 'stemhulp_widget_default_src', '' );
	} elseif ( '/' === $src[0] && '/' !== substr( $src, 1, 1 ) ) {
		$src = home_url( $src );
	}
	return esc_url_raw( $src, array( 'http', 'https' ) );
}

/**
 * Whether a data address (from stemhulp_widget_data_url()) may be shown on this site.
 *
 * @param string $url The address, possibly ''.
 * @return bool
 */
function stemhulp_widget_data_allowed( $url ) {
	return '' === $url || in_array( stemhulp_widget_origin( $url ), stemhulp_widget_allowed_origins(), true );
}

/**
 * The data addresses of a post's [stemhulp] shortcodes and Stemhulp blocks that this site
 * refuses, so the editor can be told when saving rather than find out from readers.
 *
 * @param string $content A post's content.
 * @return string[]
 */
function stemhulp_widget_refused_sources( $content ) {
	$content = (string) $content;
	$sources = array();
	if ( false !== strpos( $content, '[stemhulp' ) && preg_match_all( '/' . get_shortcode_regex( array( 'stemhulp' ) ) . '/', $content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $m ) {
			if ( '[' === $m[1] && ']' === $m[6] ) {
				continue; // [[stemhulp]] is the shortcode's text, not the shortcode.
			}
			$atts      = shortcode_parse_atts( $m[3] );
			$sources[] = is_array( $atts ) && isset( $atts['src'] ) ? (string) $atts['src'] : '';
		}
	}
	if ( false !== strpos( $content, '<!-- wp:stemhulp/widget' ) ) {
		$blocks = parse_blocks( $content );
		while ( $blocks ) {
			$block = array_shift( $blocks );
			if ( 'stemhulp/widget' === $block['blockName'] ) {
				$sources[] = isset( $block['attrs']['src'] ) ? (string) $block['attrs']['src'] : '';
			}
			$blocks = array_merge( $blocks, $block['innerBlocks'] );
		}
	}
	$refused = array();
	foreach ( $sources as $src ) {
		$url = stemhulp_widget_data_url( $src );
		if ( ! stemhulp_widget_data_allowed( $url ) ) {
			$refused[] = $url;
		}
	}
	return array_values( array_unique( $refused ) );
}

add_action( 'rest_api_init', 'stemhulp_widget_register_rest_field' );

/**
 * `stemhulp_refused` on every post type the block editor edits: the refused data addresses
 * of the saved post, read by the block editor after loading and after each save.
 */
function stemhulp_widget_register_rest_field() {
	$types = array_intersect( get_post_types( array( 'show_in_rest' => true ) ), get_post_types_by_support( 'editor' ) );
	register_rest_field(
		array_values( $types ),
		'stemhulp_refused',
		array(
			'get_callback' => 'stemhulp_widget_rest_refused',
			'schema'       => array(
				'description' => __( 'Data addresses of the post\'s stemhulp shortcodes and blocks that this site does not allow.', 'stemhulp-widget' ),
				'type'        => 'array',
				'items'       => array( 'type' => 'string' ),
				'context'     => array( 'edit' ),
				'readonly'    => true,
			),
		)
	);
}

/**
 * The REST field's value.
 *
 * @param array $post The post as the REST API prepares it.
 * @return string[]
 */
function stemhulp_widget_rest_refused( $post ) {
	return stemhulp_widget_refused_sources( get_post_field( 'post_content', (int) $post['id'], 'raw' ) );
}

/**
 * The widget's markup for the given settings. Every value is checked and escaped: an
 * author without unfiltered_html can set them, and they end up in attributes.
 *
 * @param array $atts src, gemeente and lang, each possibly ''.
 * @return string
 */
function stemhulp_widget_render( $atts ) {
	$src      = stemhulp_widget_data_url( $atts['src'] );
	$gemeente = stemhulp_widget_gemeente( $atts['gemeente'] );
	$lang     = trim( (string) $atts['lang'] );

	$fallback_url  = (string) get_option( 'stemhulp_widget_fallback_url', '' );
	$fallback_link = $fallback_url
		? sprintf( '<a href="%s">%s</a>', esc_url( $fallback_url ), esc_html__( 'Open the voting aid', 'stemhulp-widget' ) )
		: '';

	if ( ! stemhulp_widget_data_allowed( $src ) ) {
		// Said to those who can fix the post; readers never hear a refusal in the widget's voice.
		if ( ! current_user_can( 'edit_posts' ) ) {
			return $fallback_link;
		}
		return sprintf(
			'<p class="stemhulp-widget-error">%s</p>',
			esc_html(
				sprintf(
					/* translators: %s: the data address given in the shortcode or block. */
					__( 'Stemhulp: the data address %s is not allowed on this site (Settings, Stemhulp).', 'stemhulp-widget' ),
					$src
				)
			)
		);
	}

	$attributes = '';
	if ( $src ) {
		$attributes .= ' src="' . esc_url( $src ) . '"';
	}
	if ( $gemeente ) {
		$attributes .= ' gemeente="' . esc_attr( $gemeente ) . '"';
	}
	if ( preg_match( '/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/', $lang ) ) {
		$attributes .= ' lang="' . esc_attr( $lang ) . '"';
	}

	stemhulp_widget_enqueue();

	$fallback = $fallback_link ? $fallback_link : sprintf( '<p>%s</p>', esc_html__( 'The voting aid needs JavaScript.', 'stemhulp-widget' ) );

	return '<stemhulp-widget' . $attributes . '>' . $fallback . '</stemhulp-widget>';
}
