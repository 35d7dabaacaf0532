<?php
/**
 * Plugin Name:       Stemhulp widget
 * Description:       The stemhulp (voting aid) for the Dutch municipal elections: a shortcode [stemhulp] and a block, for editors without the right to paste scripts.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stemhulp-widget
 *
 * @package StemhulpWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'STEMHULP_WIDGET_VERSION', '{{VERSION}}' );
define( 'STEMHULP_WIDGET_FILE', __FILE__ );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'stemhulp_widget_init' );

/**
 * Registers the shortcode, the block and the plugin's texts.
 */
function stemhulp_widget_init() {
	load_plugin_textdomain( 'stemhulp-widget', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	add_shortcode( 'stemhulp', 'stemhulp_widget_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'stemhulp_widget_render_block' )
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'stemhulp-widget-editor-script', 'stemhulp-widget', __DIR__ . '/languages' );
	}
}

/**
 * The shortcode [stemhulp src="…" gemeente="GM0363" lang="nl"].
 *
 * @param array|string $atts Shortcode attributes; WordPress passes '' when there are none.
 * @return string The widget's markup.
 */
function stemhulp_widget_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'      => '',
			'gemeente' => '',
			'lang'     => '',
		),
		$atts,
		'stemhulp'
	);
	return stemhulp_widget_render( $atts );
}

/**
 * The block, rendered on the server through the same code as the shortcode.
 *
 * @param array $attributes The block's settings from the editor's sidebar.
 * @return string The widget's markup.
 */
function stemhulp_widget_render_block( $attributes ) {
	return stemhulp_widget_render(
		array(
			'src'      => isset( $attributes['src'] ) ? (string) $attributes['src'] : '',
			'gemeente' => isset( $attributes['gemeente'] ) ? (string) $attributes['gemeente'] : '',
			'lang'     => isset( $attributes['lang'] ) ? (string) $attributes['lang'] : '',
		)
	);
}
