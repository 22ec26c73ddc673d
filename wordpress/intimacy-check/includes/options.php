<?php
/**
 * The saved settings: names, defaults and the rules every value is checked against.
 *
 * The same rules apply to the settings page, the shortcode's attributes and the block's
 * attributes. They match the widget's own checks (it checks again in the browser).
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;

/** The one option this plugin stores (an array). */
const INTIMACY_CHECK_OPTION = 'intimacy_check_settings';

/**
 * Every setting, in the order the settings page shows them, with its widget attribute.
 *
 * @return array<string,string> Setting key => widget attribute.
 */
function intimacy_check_fields() {
	return array(
		'practice_name' => 'practice-name',
		'contact_url'   => 'contact-url',
		'contact_phone' => 'contact-phone',
		'help_text'     => 'help-text',
		'safety_url'    => 'safety-url',
		'safety_phone'  => 'safety-phone',
		'safety_text'   => 'safety-text',
		'accent'        => 'accent',
		'exit_url'      => 'exit-url',
		'storage_key'   => 'storage-key',
		'lang'          => 'lang',
		'langs'         => 'langs',
		'texts'         => 'texts',
	);
}

/**
 * The languages the widget speaks.
 *
 * @return array<string,string> Code => name.
 */
function intimacy_check_languages() {
	return array(
		'en' => __( 'English', 'intimacy-check' ),
		'es' => __( 'Spanish', 'intimacy-check' ),
		'auto' => __( 'The page\'s language, then the visitor\'s browser', 'intimacy-check' ),
	);
}

/**
 * The saved settings, with every key present.
 *
 * @return array<string,string>
 */
function intimacy_check_settings() {
	$saved    = get_option( INTIMACY_CHECK_OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = array();
	foreach ( array_keys( intimacy_check_fields() ) as $key ) {
		$settings[ $key ] = isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ? $saved[ $key ] : '';
	}
	if ( '' === $settings['lang'] ) {
		$settings['lang'] = 'en';
	}
	return $settings;
}

/**
 * Plain text: valid UTF-8, control characters (tabs included) as spaces, trimmed. `<` and `"` stay: the value is
 * text, and it is escaped wherever it is printed.
 *
 * @param string $value     The value.
 * @param bool   $multiline Keep line breaks.
 * @return string
 */
function intimacy_check_plain_text( $value, $multiline = false ) {
	$value = wp_check_invalid_utf8( (string) $value );
	$value = str_replace( array( "\r\n", "\r" ), "\n", $value );
	if ( $multiline ) {
		$value = preg_replace( '/[^\P{Cc}\n]+/u', ' ', $value );
		$value = preg_replace( '/[ ]*\n[ ]*/', "\n", $value );
		$value = preg_replace( "/\n{3,}/", "\n\n", $value );
	} else {
		$value = preg_replace( '/[\p{Cc}\s]+/u', ' ', $value );
	}
	return trim( (string) $value );
}

/**
 * Trims as the widget does (Rust's str::trim: Unicode white space, not just ASCII).
 *
 * @param string $value The value.
 * @return string
 */
function intimacy_check_trim( $value ) {
	$trimmed = preg_replace( '/^[\t\n\x{0B}\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]+|[\t\n\x{0B}\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]+$/u', '', (string) $value );
	return null === $trimmed ? trim( (string) $value ) : $trimmed;
}

/**
 * The language switch's list (`langs`) as the widget reads it: tags split at spaces and
 * commas, each read by its first part (en-GB is en). Written back as bare codes, each once.
 *
 * @param string $value The list as given, such as "en es" or "es, en-GB".
 * @return string|null The codes ("es en"), '' for none, or null when one is not a language the
 *                     widget speaks (the widget would leave it out with a warning).
 */
function intimacy_check_clean_langs( $value ) {
	$codes = array();
	foreach ( preg_split( '/[ ,]/', intimacy_check_trim( $value ), -1, PREG_SPLIT_NO_EMPTY ) as $tag ) {
		$parts   = preg_split( '/[-_]/', intimacy_check_trim( $tag ) );
		$primary = strtolower( $parts[0] );
		if ( 'auto' === $primary || ! array_key_exists( $primary, intimacy_check_languages() ) ) {
			return null;
		}
		$codes[ $primary ] = true;
	}
	return implode( ' ', array_keys( $codes ) );
}

/**
 * A colour in the forms the widget reads (#rgb, #rrggbb, rgb(r, g, b)), as #rrggbb.
 *
 * @param string $value The colour as given.
 * @return string|null The colour, or null when it is not one.
 */
function intimacy_check_colour( $value ) {
	$value = strtolower( $value );
	if ( preg_match( '/^#([0-9a-f]{3})$/', $value, $m ) ) {
		return '#' . $m[1][0] . $m[1][0] . $m[1][1] . $m[1][1] . $m[1][2] . $m[1][2];
	}
	if ( preg_match( '/^#[0-9a-f]{6}$/', $value ) ) {
		return $value;
	}
	if ( ! preg_match( '/^rgb\((.*)\)$/', $value, $m ) ) {
		return null;
	}
	$parts = preg_split( '/[, ]/', $m[1], -1, PREG_SPLIT_NO_EMPTY );
	if ( 3 !== count( $parts ) ) {
		return null;
	}
	$hex = '#';
	foreach ( $parts as $part ) {
		// Rust's u8: digits with an optional leading +, 0 to 255.
		if ( ! preg_match( '/^\+?[0-9]{1,3}$/', $part ) || (int) $part > 255 ) {
			return null;
		}
		$hex .= sprintf( '%02x', (int) $part );
	}
	return $hex;
}

/**
 * An address a link may point to: http(s), mailto (when allowed) or a /path on this site.
 *
 * @param string $value        The address.
 * @param bool   $allow_mailto Whether mailto: is allowed.
 * @return string The address, or '' when it is not allowed.
 */
function intimacy_check_clean_url( $value, $allow_mailto ) {
	$value = trim( (string) $value );
	if ( '' === $value || preg_match( '/\s|\\\\/', $value ) ) {
		return '';
	}
	if ( '/' === $value[0] ) {
		return '/' === substr( $value, 1, 1 ) ? '' : esc_url_raw( $value );
	}
	$protocols = $allow_mailto ? array( 'https', 'http', 'mailto' ) : array( 'https', 'http' );
	if ( ! preg_match( '#^(https?://.+|mailto:.+)$#i', $value ) ) {
		return '';
	}
	$clean = esc_url_raw( $value, $protocols );
	// WordPress writes the scheme in lower case; the widget keeps an address as given.
	return 0 === strcasecmp( $clean, $value ) ? $value : $clean;
}

/**
 * Checks one value. Returns the value to keep, or null when it cannot be used.
 *
 * @param string $key   A key of intimacy_check_fields(), or 'start'.
 * @param mixed  $value The value as given.
 * @return string|null
 */
function intimacy_check_clean( $key, $value ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = (string) $value;
	switch ( $key ) {
		case 'practice_name':
			$value = intimacy_check_plain_text( $value );
			return mb_strlen( $value ) <= 100 ? $value : null;
		case 'help_text':
		case 'safety_text':
			$value = intimacy_check_plain_text( $value, true );
			return mb_strlen( $value ) <= 600 ? $value : null;
		case 'contact_url':
		case 'safety_url':
		case 'exit_url':
			if ( '' === trim( $value ) ) {
				return '';
			}
			$url = intimacy_check_clean_url( $value, in_array( $key, array( 'contact_url', 'safety_url' ), true ) );
			return '' === $url ? null : $url;
		case 'contact_phone':
		case 'safety_phone':
			$value = intimacy_check_plain_text( $value );
			if ( '' === $value ) {
				return '';
			}
			return preg_match( '/^[0-9 +\-().]+$/', $value ) && preg_match_all( '/[0-9]/', $value ) >= 3 && strlen( $value ) <= 40 ? $value : null;
		case 'accent':
			$value = intimacy_check_trim( $value );
			return '' === $value ? '' : intimacy_check_colour( $value );
		case 'storage_key':
			$value = trim( $value );
			return preg_match( '/^[A-Za-z0-9_-]{0,64}$/', $value ) ? $value : null;
		case 'lang':
			$value = strtolower( intimacy_check_trim( $value ) );
			if ( '' === $value || 'auto' === $value ) {
				return $value;
			}
			// Read by its first part, as the widget reads it: en-GB is en.
			$parts = preg_split( '/[-_]/', $value );
			return array_key_exists( $parts[0], intimacy_check_languages() ) ? $parts[0] : null;
		case 'langs':
			return intimacy_check_clean_langs( $value );
		case 'texts':
			if ( '' === trim( $value ) ) {
				return '';
			}
			$url = intimacy_check_clean_url( $value, false );
			return '' === $url ? null : $url;
		case 'start':
			$value = trim( $value );
			return in_array( $value, array( '', 'quiz', 'plan' ), true ) ? $value : null;
	}
	return null;
}

/**
 * What the settings page's fields are called, for messages.
 *
 * @return array<string,string>
 */
function intimacy_check_labels() {
	return array(
		'practice_name' => __( 'Practice name', 'intimacy-check' ),
		'contact_url'   => __( 'Contact page or email', 'intimacy-check' ),
		'contact_phone' => __( 'Phone number', 'intimacy-check' ),
		'help_text'     => __( 'Help text', 'intimacy-check' ),
		'safety_url'    => __( 'Safety page or service', 'intimacy-check' ),
		'safety_phone'  => __( 'Safety phone line', 'intimacy-check' ),
		'safety_text'   => __( 'Safety text', 'intimacy-check' ),
		'accent'        => __( 'Accent colour', 'intimacy-check' ),
		'exit_url'      => __( 'Quick exit page', 'intimacy-check' ),
		'storage_key'   => __( 'Storage name', 'intimacy-check' ),
		'lang'          => __( 'Language', 'intimacy-check' ),
		'langs'         => __( 'Language switch', 'intimacy-check' ),
		'texts'         => __( 'Your own words', 'intimacy-check' ),
	);
}

/**
 * Why a value was refused, for the settings page.
 *
 * @return array<string,string>
 */
function intimacy_check_problems() {
	return array(
		'practice_name' => __( 'is longer than 100 characters', 'intimacy-check' ),
		'contact_url'   => __( 'must start with https://, http:// or mailto:, or be a page on this site such as /contact', 'intimacy-check' ),
		'contact_phone' => __( 'may hold only digits, spaces and + - ( ) .', 'intimacy-check' ),
		'help_text'     => __( 'is longer than 600 characters', 'intimacy-check' ),
		'safety_url'    => __( 'must start with https://, http:// or mailto:, or be a page on this site such as /safety', 'intimacy-check' ),
		'safety_phone'  => __( 'may hold only digits, spaces and + - ( ) .', 'intimacy-check' ),
		'safety_text'   => __( 'is longer than 600 characters', 'intimacy-check' ),
		'accent'        => __( 'must be a colour like #2a6f97', 'intimacy-check' ),
		'exit_url'      => __( 'must start with https:// or http://, or be a page on this site', 'intimacy-check' ),
		'storage_key'   => __( 'may hold only letters, digits, - and _ (64 at most)', 'intimacy-check' ),
		'lang'          => __( 'is not a language the quiz speaks', 'intimacy-check' ),
		'langs'         => __( 'may list only the languages the quiz speaks, en (English) and es (Spanish), such as: en es', 'intimacy-check' ),
		'texts'         => __( 'must start with https:// or http://, or be a file on this site such as /our-words.json', 'intimacy-check' ),
	);
}

/**
 * The settings page's sanitize callback: keeps what is valid, keeps the saved value of
 * anything refused, and says what was refused and why.
 *
 * @param mixed $input The submitted values.
 * @return array<string,string>
 */
function intimacy_check_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = intimacy_check_settings();
	$clean    = array();
	$labels   = intimacy_check_labels();
	$problems = intimacy_check_problems();
	foreach ( array_keys( intimacy_check_fields() ) as $key ) {
		// options.php has already unslashed $_POST.
		$value = isset( $input[ $key ] ) ? $input[ $key ] : '';
		$ok    = intimacy_check_clean( $key, $value );
		if ( null === $ok ) {
			$clean[ $key ] = $previous[ $key ];
			if ( function_exists( 'add_settings_error' ) ) {
				add_settings_error(
					INTIMACY_CHECK_OPTION,
					'intimacy-check-' . $key,
					/* translators: 1: a field's name, 2: what is wrong with it */
					sprintf( __( '%1$s was not saved: it %2$s.', 'intimacy-check' ), $labels[ $key ], $problems[ $key ] )
				);
			}
		} else {
			$clean[ $key ] = $ok;
		}
	}
	return $clean;
}

/**
 * Registers the option with the Settings API (on init, so its checks apply however the
 * option is saved).
 */
function intimacy_check_register_setting() {
	register_setting(
		'intimacy_check',
		INTIMACY_CHECK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'intimacy_check_sanitize_settings',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'intimacy_check_register_setting' );
