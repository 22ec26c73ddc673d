<?php
/**
 * Must-use plugin for the test site (copied into wp-content/mu-plugins/ by
 * scripts/test-wordpress.sh): the machine is offline, so every request WordPress itself
 * would make to another server fails here at once. Update checks (api.wordpress.org) get a
 * quiet 503, since a failed connection there logs a PHP warning; everything else (the
 * dashboard's news feeds) gets an error, which WordPress handles without one.
 */

add_filter(
	'pre_http_request',
	function ( $pre, $args, $url ) {
		if ( 'api.wordpress.org' !== wp_parse_url( $url, PHP_URL_HOST ) ) {
			return new WP_Error( 'offline', 'This test site is offline.' );
		}
		return array(
			'headers'  => array(),
			'body'     => '',
			'response' => array(
				'code'    => 503,
				'message' => 'Offline test site',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);
