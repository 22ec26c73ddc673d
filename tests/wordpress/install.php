<?php
/**
 * Installs a fresh test site (admin / admin-password-1) and its pages.
 * Usage: WP_ROOT=/path/to/wordpress php install.php http://127.0.0.1:PORT
 */

$url                     = $argv[1];
$_SERVER['HTTP_HOST']    = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']  = '/';
$_SERVER['SERVER_NAME']  = parse_url( $url, PHP_URL_HOST );
define( 'WP_INSTALLING', true );
require getenv( 'WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail server here: the "new site" email goes nowhere.
add_filter( 'pre_wp_mail', '__return_true' );

$result = wp_install( 'Harbour Counselling (test site)', 'admin', 'admin@example.com', false, '', 'admin-password-1' );
if ( is_wp_error( $result ) || empty( $result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
update_option( 'permalink_structure', '' );
// WordPress's own avatars come from another server; the browser tests fail on any request
// that leaves the site, and they are about the plugin.
update_option( 'show_avatars', 0 );
wp_set_current_user( $result['user_id'] );
// The block editor's welcome guide would cover the editor in the browser test.
update_user_meta(
	$result['user_id'],
	$wpdb->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'core'           => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);

$pages = array(
	// The shortcode with nothing but the saved settings.
	'shortcode'          => "<!-- wp:shortcode -->\n[intimacy_check]\n<!-- /wp:shortcode -->",
	// Attributes override the saved settings (a classic, block-less page).
	'shortcode-override' => '[intimacy_check practice_name="Bay Counselling" contact_url="https://bay.example/book" storage_key="bay" accent="#1b5e20" exit_url="javascript:alert(1)" langs="es, en-GB" texts="javascript:alert(3)" safety_phone="0800 111 222" safety_url="javascript:alert(4)"]',
	'block'              => '<!-- wp:intimacy-check/quiz {"practiceName":"Tide \u0022\u003e\u003cscript\u003ealert(2)\u003c/script\u003e Counselling","contactPhone":"+44 20 7946 0001","safetyPhone":"0800 111 333","accent":"#7a1f5c","storageKey":"tide"} /-->',
	'no-quiz'            => "<!-- wp:paragraph -->\n<p>A page without the quiz.</p>\n<!-- /wp:paragraph -->",
);
foreach ( $pages as $slug => $content ) {
	$id = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => ucfirst( str_replace( '-', ' ', $slug ) ),
			'post_name'    => $slug,
			'post_content' => wp_slash( $content ), // wp_insert_post() unslashes.
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "page $slug: " . $id->get_error_message() . "\n" );
		exit( 1 );
	}
}
echo "installed WordPress {$GLOBALS['wp_version']} at $url with " . count( $pages ) . " pages\n";
