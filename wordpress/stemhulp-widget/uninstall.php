<?php
/**
 * Removes the plugin's options when it is deleted.
 *
 * @package StemhulpWidget
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

foreach ( array( 'stemhulp_widget_default_src', 'stemhulp_widget_script_url', 'stemhulp_widget_script_url_by', 'stemhulp_widget_fallback_url', 'stemhulp_widget_allowed_origins' ) as $stemhulp_widget_option ) {
	delete_option( $stemhulp_widget_option );
}
