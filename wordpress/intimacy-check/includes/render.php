<?php
/**
 * The widget on the page: the loader as a script module, the shortcode, the block.
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the loader (widget/intimacy-check.js, bundled in this plugin) as a script
 * module. It is enqueued only by a shortcode or block that is rendered on the page.
 */
function intimacy_check_register_assets() {
	wp_register_script_module(
		'intimacy-check',
		plugins_url( 'widget/intimacy-check.js', INTIMACY_CHECK_FILE ),
		array(),
		intimacy_check_asset_version()
	);
	register_block_type( INTIMACY_CHECK_DIR . '/blocks/quiz' );
}
add_action( 'init', 'intimacy_check_register_assets' );

/**
 * The loader's version: the plugin's version and the build's time, so a browser never
 * keeps an old widget after an update. The loader passes it on to the files it loads.
 *
 * @return string
 */
function intimacy_check_asset_version() {
	$wasm = INTIMACY_CHECK_DIR . '/widget/app/intimacy-check_bg.wasm';
	$time = file_exists( $wasm ) ? (string) filemtime( $wasm ) : '0';
	return INTIMACY_CHECK_VERSION . '-' . $time;
}

/**
 * The element's attributes: the saved settings, overridden by whatever valid values the
 * shortcode or block gives.
 *
 * @param array<string,mixed> $overrides Setting key (or 'start') => value.
 * @return array<string,string> Widget attribute => value, only those that are set.
 */
function intimacy_check_attributes( $overrides ) {
	$values = intimacy_check_settings();
	foreach ( array_keys( intimacy_check_fields() ) as $key ) {
		$value = intimacy_check_clean( $key, $values[ $key ] );
		$values[ $key ] = null === $value ? '' : $value;
	}
	$values['start'] = '';
	foreach ( $overrides as $key => $value ) {
		if ( ! array_key_exists( $key, $values ) ) {
			continue;
		}
		$clean = intimacy_check_clean( $key, $value );
		if ( null !== $clean && '' !== $clean ) {
			$values[ $key ] = $clean;
		}
	}
	$names      = intimacy_check_fields() + array( 'start' => 'start' );
	$attributes = array();
	foreach ( $names as $key => $name ) {
		if ( '' !== $values[ $key ] ) {
			$attributes[ $name ] = $values[ $key ];
		}
	}
	return $attributes;
}

/**
 * The widget's HTML, every attribute escaped, and the loader enqueued for this page.
 *
 * @param array<string,mixed> $overrides Setting key (or 'start') => value.
 * @param string              $wrapper   Extra attributes for the wrapper, already escaped
 *                                       (from get_block_wrapper_attributes()).
 * @return string
 */
function intimacy_check_markup( $overrides, $wrapper = '' ) {
	wp_enqueue_script_module( 'intimacy-check' );
	$html = '';
	foreach ( intimacy_check_attributes( $overrides ) as $name => $value ) {
		$escaped = in_array( $name, array( 'contact-url', 'safety-url', 'exit-url', 'texts' ), true )
			? esc_url( $value, in_array( $name, array( 'contact-url', 'safety-url' ), true ) ? array( 'https', 'http', 'mailto' ) : array( 'https', 'http' ) )
			: esc_attr( $value );
		$html .= ' ' . $name . '="' . $escaped . '"';
	}
	$noscript = esc_html__( 'This relationship check-in needs JavaScript to run in your browser.', 'intimacy-check' );
	return '<div ' . ( '' !== $wrapper ? $wrapper : 'class="intimacy-check-wrap"' ) . '>'
		. '<intimacy-check' . $html . '></intimacy-check>'
		. '<noscript>' . $noscript . '</noscript></div>';
}

/**
 * What wp_kses() may keep of intimacy_check_markup().
 *
 * @return array<string,array<string,bool>>
 */
function intimacy_check_allowed_html() {
	$element = array();
	foreach ( intimacy_check_fields() + array( 'start' => 'start' ) as $name ) {
		$element[ $name ] = true;
	}
	return array(
		'div'            => array(
			'class' => true,
			'id'    => true,
			'style' => true,
		),
		'intimacy-check' => $element,
		'noscript'       => array(),
	);
}

/**
 * The [intimacy_check] shortcode. Its attributes use the settings' names
 * (practice_name, contact_url, contact_phone, help_text, safety_url, safety_phone, safety_text,
 * accent, exit_url, storage_key, lang, langs, texts) plus start; the widget's own names
 * (practice-name …) work too.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function intimacy_check_shortcode( $atts ) {
	$overrides = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_string( $name ) ) {
			$overrides[ str_replace( '-', '_', strtolower( $name ) ) ] = $value;
		}
	}
	return wp_kses( intimacy_check_markup( $overrides ), intimacy_check_allowed_html() );
}
add_shortcode( 'intimacy_check', 'intimacy_check_shortcode' );

/**
 * The block's attributes (camelCase) as setting keys.
 *
 * @param array<string,mixed> $attributes The block's attributes.
 * @return array<string,mixed>
 */
function intimacy_check_block_overrides( $attributes ) {
	$overrides = array();
	foreach ( (array) $attributes as $name => $value ) {
		$overrides[ strtolower( preg_replace( '/([A-Z])/', '_$1', (string) $name ) ) ] = $value;
	}
	return $overrides;
}
