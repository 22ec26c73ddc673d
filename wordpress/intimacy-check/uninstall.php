<?php
/**
 * Deleting the plugin removes its settings (every site's, on a multisite network).
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $intimacy_check_site ) {
		switch_to_blog( $intimacy_check_site );
		delete_option( 'intimacy_check_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'intimacy_check_settings' );
}
