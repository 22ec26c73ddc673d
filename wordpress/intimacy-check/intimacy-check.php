<?php
/**
 * Plugin Name:       Intimacy Check
 * Description:       A private "Do we have emotional intimacy?" quiz and rebuild plan for your practice's website. Everything stays in the visitor's browser: nothing is sent to any server.
 * Version:           0.5.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            intimacy-check
 * License:           GPLv2 or later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       intimacy-check
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;

define( 'INTIMACY_CHECK_VERSION', '0.5.0' );
define( 'INTIMACY_CHECK_FILE', __FILE__ );
define( 'INTIMACY_CHECK_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/admin.php';
