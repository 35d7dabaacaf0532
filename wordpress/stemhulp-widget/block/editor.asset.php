<?php
/**
 * The editor script's dependencies: WordPress globals, so no build step is needed.
 *
 * @package StemhulpWidget
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '{{VERSION}}',
);
