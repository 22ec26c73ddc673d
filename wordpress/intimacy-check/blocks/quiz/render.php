<?php
/**
 * The block on the page (server-rendered).
 *
 * @package IntimacyCheck
 *
 * @var array<string,mixed> $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo wp_kses(
	intimacy_check_markup( intimacy_check_block_overrides( $attributes ), get_block_wrapper_attributes() ),
	intimacy_check_allowed_html()
);
