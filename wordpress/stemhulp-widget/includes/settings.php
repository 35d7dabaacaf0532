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
add_action( 'enqueue_block_editor_assets', 'stemhulp_widget_enqueue_editor' );

/**
 * The block editor: the plugin's own widget for the block's preview (never the settings
 * page's script address), and what the block needs to know of the settings.
 */
function stemhulp_widget_enqueue_editor() {
	stemhulp_widget_enqueue( true );
	$settings = array(
		'hasDefaultSrc' => '' !== stemhulp_widget_data_url( '' ),
	);
	wp_add_inline_script( 'stemhulp-widget-editor-script', 'window.stemhulpWidgetEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
}

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
	register_setting(
		'stemhulp_widget',
		'stemhulp_widget_script_url',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'stemhulp_widget_sanitize_script_url',
			'default'           => '',
		)
	);
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
			__( 'One per line, e.g. https://data.example.org. Shortcodes and blocks may only load data from these hosts and from the default address\'s host, so nobody can put other words in the stemhulp on this site. Left empty, this site\'s own host takes their place (never any host). A shortcode or block with data from another host shows readers no stemhulp, only the link for readers without JavaScript when there is one; the editor is told when saving the post.', 'stemhulp-widget' ),
		),
		'stemhulp_widget_script_url'      => array(
			__( 'Widget script address', 'stemhulp-widget' ),
			__( 'Leave empty to use the widget that comes with this plugin. Otherwise the address of stemhulp-widget.js (an ES module) with every other file of its dist/ folder beside it. That script runs for every reader, so only a user who may add scripts to this site (the unfiltered_html right) can set it. The block editor always uses the widget that comes with this plugin.', 'stemhulp-widget' ),
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
 * The widget script's address: only a user with unfiltered_html may set one (anyone who
 * may manage the settings may empty it); who set it is kept, and the address is used only
 * while that user has the right (stemhulp_widget_custom_script_url()).
 *
 * @param mixed $value The submitted value; null when the form did not send the field.
 * @return string
 */
function stemhulp_widget_sanitize_script_url( $value ) {
	$old = (string) get_option( 'stemhulp_widget_script_url', '' );
	if ( null === $value ) {
		return $old;
	}
	$url = stemhulp_widget_sanitize_url( $value );
	if ( '' === $url || stemhulp_widget_bundled_script_url() === $url ) {
		return '';
	}
	if ( current_user_can( 'unfiltered_html' ) ) {
		update_option( 'stemhulp_widget_script_url_by', get_current_user_id() );
		return $url;
	}
	if ( $url !== $old ) {
		add_settings_error(
			'stemhulp_widget_script_url',
			'stemhulp-widget-script-url',
			__( 'The widget script address was not changed: only a user who may add scripts to this site (the unfiltered_html right) can set one. You can empty it to use the widget that comes with this plugin.', 'stemhulp-widget' )
		);
	}
	return $old;
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
	$lines = array( $args['description'] );
	if ( 'stemhulp_widget_allowed_origins' === $name ) {
		$lines[] = sprintf(
			/* translators: %s: the hosts, separated by commas. */
			__( 'Allowed now: %s.', 'stemhulp-widget' ),
			implode( ', ', stemhulp_widget_allowed_origins() )
		);
	} elseif ( 'stemhulp_widget_script_url' === $name ) {
		if ( '' !== $value && '' === stemhulp_widget_custom_script_url() ) {
			$lines[] = __( 'Not in use: this address was saved by a user who may not add scripts to this site (or before the plugin checked this). Readers get the widget that comes with this plugin until a user with that right saves it.', 'stemhulp-widget' );
		}
		if ( ! current_user_can( 'unfiltered_html' ) ) {
			$lines[] = __( 'You may not add scripts to this site: you can only empty this field.', 'stemhulp-widget' );
		}
	}
	printf( '<p class="description" id="%s-description">%s</p>', esc_attr( $name ), implode( '<br />', array_map( 'esc_html', $lines ) ) );
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
