<?php
/**
 * What the block's editor script needs (no build step: index.js uses WordPress's globals).
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.3.0',
);
