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
 * The address of the widget's ES module: the settings page's, else the copy in this plugin.
 *
 * @return string
 */
function stemhulp_widget_script_url() {
	$url = get_option( 'stemhulp_widget_script_url', '' );
	return $url ? $url : plugins_url( 'widget/stemhulp-widget.js', STEMHULP_WIDGET_FILE );
}

/**
 * Loads the widget once per page, as a module, however many widgets the page has.
 */
function stemhulp_widget_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( 'stemhulp-widget', stemhulp_widget_script_url(), array(), STEMHULP_WIDGET_VERSION );
		return;
	}
	// Before WordPress 6.5 (and in the editor, where script modules arrived later): a
	// classic handle, printed with type="module" by stemhulp_widget_module_tag().
	wp_enqueue_script( 'stemhulp-widget', stemhulp_widget_script_url(), array(), STEMHULP_WIDGET_VERSION, true );
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
 * The widget's markup for the given settings. Every value is checked and escaped: an
 * author without unfiltered_html can set them, and they end up in attributes.
 *
 * @param array $atts src, gemeente and lang, each possibly ''.
 * @return string
 */
function stemhulp_widget_render( $atts ) {
	$src = trim( (string) $atts['src'] );
	if ( '' === $src ) {
		$src = (string) get_option( 'stemhulp_widget_default_src', '' );
	} elseif ( '/' === $src[0] && '/' !== substr( $src, 1, 1 ) ) {
		$src = home_url( $src );
	}
	$src      = esc_url_raw( $src, array( 'http', 'https' ) );
	$gemeente = strtoupper( trim( (string) $atts['gemeente'] ) );
	$lang     = trim( (string) $atts['lang'] );

	$fallback_url = (string) get_option( 'stemhulp_widget_fallback_url', '' );
	$fallback_link = $fallback_url
		? sprintf( '<a href="%s">%s</a>', esc_url( $fallback_url ), esc_html__( 'Open the voting aid', 'stemhulp-widget' ) )
		: '';

	if ( $src && ! in_array( stemhulp_widget_origin( $src ), stemhulp_widget_allowed_origins(), true ) ) {
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
	if ( preg_match( '/^GM[0-9]{4}$/', $gemeente ) ) {
		$attributes .= ' gemeente="' . esc_attr( $gemeente ) . '"';
	}
	if ( preg_match( '/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/', $lang ) ) {
		$attributes .= ' lang="' . esc_attr( $lang ) . '"';
	}

	stemhulp_widget_enqueue();

	$fallback = $fallback_link ? $fallback_link : sprintf( '<p>%s</p>', esc_html__( 'The voting aid needs JavaScript.', 'stemhulp-widget' ) );

	return '<stemhulp-widget' . $attributes . '>' . $fallback . '</stemhulp-widget>';
}
