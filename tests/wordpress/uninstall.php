<?php
/**
 * Deletes the plugin through WordPress (uninstall_plugin() runs its uninstall.php) and
 * checks that its option is gone. Usage: WP_ROOT=/path/to/wordpress php uninstall.php
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$plugin = 'intimacy-check/intimacy-check.php';
$fail   = function ( $why ) {
	fwrite( STDERR, "uninstall: $why\n" );
	exit( 1 );
};
if ( ! is_array( get_option( 'intimacy_check_settings' ) ) ) {
	$fail( 'the settings were not saved before uninstalling' );
}
if ( ! is_uninstallable_plugin( $plugin ) ) {
	$fail( 'WordPress does not see an uninstall.php' );
}
deactivate_plugins( $plugin, true );
uninstall_plugin( $plugin );
wp_cache_flush();
$rows = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $wpdb->options WHERE option_name = %s", 'intimacy_check_settings' ) );
if ( 0 !== $rows || false !== get_option( 'intimacy_check_settings' ) ) {
	$fail( 'intimacy_check_settings is still there' );
}
if ( is_plugin_active( $plugin ) ) {
	$fail( 'the plugin is still active' );
}
echo "uninstall: the plugin's option is removed\n";
