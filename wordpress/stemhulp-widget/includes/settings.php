<?php
/**
 * Settings, Stemhulp: where the script and the data are, and which data hosts may be used.
 *
 * @package StemhulpWidget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_init', 'stemhulp_widget_register_settings' );
add_action( 'admin_menu', 'stemhulp_widget_settings_menu' );
add_action( 'enqueue_block_editor_assets', 'stemhulp_widget_enqueue' );

/**
 * The plugin's options and their fields.
 */
function stemhulp_widget_register_settings() {
	$url = array(
		'type'              => 'string',
		'sanitize_callback' => 'stemhulp_widget_sanitize_url',
		'default'           => '',
	);
	register_setting( 'stemhulp_widget', 'stemhulp_widget_default_src', $url );
	register_setting( 'stemhulp_widget', 'stemhulp_widget_script_url', $url );
	register_setting( 'stemhulp_widget', 'stemhulp_widget_fallback_url', $url );
	register_setting(
		'stemhulp_widget',
		'stemhulp_widget_allowed_origins',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'stemhulp_widget_sanitize_origins',
			'default'           => '',
		)
	);

	add_settings_section( 'stemhulp_widget_main', '', '__return_false', 'stemhulp-widget' );
	$fields = array(
		'stemhulp_widget_default_src'     => array(
			__( 'Default data address', 'stemhulp-widget' ),
			__( 'The index.json used when a shortcode or block names none, e.g. https://example.org/stemhulp/index.json.', 'stemhulp-widget' ),
		),
		'stemhulp_widget_allowed_origins' => array(
			__( 'Other allowed data hosts', 'stemhulp-widget' ),
			__( 'One per line, e.g. https://data.example.org. Shortcodes and blocks may only load data from these and from the default address\'s host, so nobody can put other words in the stemhulp on this site. Leave both empty to allow any host.', 'stemhulp-widget' ),
		),
		'stemhulp_widget_script_url'      => array(
			__( 'Widget script address', 'stemhulp-widget' ),
			__( 'Leave empty to use the widget that comes with this plugin. Otherwise the address of stemhulp-widget.js (an ES module) with every other file of its dist/ folder beside it.', 'stemhulp-widget' ),
		),
		'stemhulp_widget_fallback_url'    => array(
			__( 'Link for readers without JavaScript', 'stemhulp-widget' ),
			__( 'Shown until the widget has loaded, and instead of it when scripts are off.', 'stemhulp-widget' ),
		),
	);
	foreach ( $fields as $name => $texts ) {
		add_settings_field(
			$name,
			$texts[0],
			'stemhulp_widget_field',
			'stemhulp-widget',
			'stemhulp_widget_main',
			array(
				'label_for'   => $name,
				'description' => $texts[1],
			)
		);
	}
}

/**
 * An http(s) address, or ''.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function stemhulp_widget_sanitize_url( $value ) {
	return esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
}

/**
 * One origin per line; anything that is not an http(s) origin is dropped.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function stemhulp_widget_sanitize_origins( $value ) {
	$origins = array_filter( array_map( 'stemhulp_widget_origin', preg_split( '/\s+/', (string) $value ) ) );
	return implode( "\n", array_unique( $origins ) );
}

/**
 * One field of the settings page.
 *
 * @param array $args label_for (the option's name) and description.
 */
function stemhulp_widget_field( $args ) {
	$name  = $args['label_for'];
	$value = (string) get_option( $name, '' );
	if ( 'stemhulp_widget_allowed_origins' === $name ) {
		printf(
			'<textarea id="%1$s" name="%1$s" rows="3" class="large-text code" aria-describedby="%1$s-description">%2$s</textarea>',
			esc_attr( $name ),
			esc_textarea( $value )
		);
	} else {
		printf(
			'<input type="url" id="%1$s" name="%1$s" value="%2$s" class="large-text code" aria-describedby="%1$s-description" />',
			esc_attr( $name ),
			esc_attr( $value )
		);
	}
	printf( '<p class="description" id="%s-description">%s</p>', esc_attr( $name ), esc_html( $args['description'] ) );
}

/**
 * Settings, Stemhulp.
 */
function stemhulp_widget_settings_menu() {
	add_options_page(
		__( 'Stemhulp', 'stemhulp-widget' ),
		__( 'Stemhulp', 'stemhulp-widget' ),
		'manage_options',
		'stemhulp-widget',
		'stemhulp_widget_settings_page'
	);
}

/**
 * The settings page itself.
 */
function stemhulp_widget_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'stemhulp_widget' );
			do_settings_sections( 'stemhulp-widget' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}
