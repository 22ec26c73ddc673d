<?php
/**
 * Settings → Intimacy Check, the Settings link on the Plugins screen and the text for the
 * privacy policy guide.
 *
 * @package IntimacyCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page under Settings.
 */
function intimacy_check_admin_menu() {
	add_options_page(
		__( 'Intimacy Check', 'intimacy-check' ),
		__( 'Intimacy Check', 'intimacy-check' ),
		'manage_options',
		'intimacy-check',
		'intimacy_check_settings_page'
	);
}
add_action( 'admin_menu', 'intimacy_check_admin_menu' );

/**
 * The fields, with the Settings API.
 */
function intimacy_check_admin_init() {
	add_settings_section(
		'intimacy_check_practice',
		__( 'Your practice', 'intimacy-check' ),
		'intimacy_check_section_intro',
		'intimacy-check'
	);
	$helps = array(
		'practice_name' => __( 'Shown on the quiz ("Offered by …") and in its "Getting help" panel. 100 characters at most.', 'intimacy-check' ),
		'contact_url'   => __( 'Where "Contact …" leads: your booking or contact page (https://…), an email (mailto:you@example.com) or a page on this site (/contact).', 'intimacy-check' ),
		'contact_phone' => __( 'Shown as a "Call …" link. Digits, spaces and + - ( ) . only.', 'intimacy-check' ),
		'help_text'     => __( 'Your own words for the "Getting help" panel, for example "We offer a free 15-minute call." 600 characters at most.', 'intimacy-check' ),
		'safety_url'    => __( 'For a visitor who is afraid of their partner: your safety page or a local abuse service (https://…, mailto:… or a page on this site such as /safety). Empty: the quiz says "If you are in danger, call your local emergency number."', 'intimacy-check' ),
		'safety_phone'  => __( 'A safety helpline, shown as a "Call …" link. Digits, spaces and + - ( ) . only.', 'intimacy-check' ),
		'safety_text'   => __( 'Your own words for the safety panel, for example which helpline to call. 600 characters at most.', 'intimacy-check' ),
		'accent'        => __( 'Your colour for buttons and charts, like #2a6f97. A colour too light for white text is darkened so it stays readable.', 'intimacy-check' ),
		'exit_url'      => __( 'Where the "Quick exit" button goes: a neutral site, such as a weather page. Empty: a plain weather search.', 'intimacy-check' ),
		'storage_key'   => __( 'Letters, digits, - and _. Only needed if you put more than one quiz on your site and want each to keep its own answers.', 'intimacy-check' ),
		'lang'          => __( 'The language of the quiz.', 'intimacy-check' ),
		'langs'         => __( 'Let visitors switch language: list the languages, such as en es (English and Spanish). Empty: no switch.', 'intimacy-check' ),
		'texts'         => __( 'Your own words: the address of a JSON file with your texts (see the widget\'s docs/languages.md, "Your own words"), such as /our-words.json. Empty: the quiz\'s own words.', 'intimacy-check' ),
	);
	foreach ( intimacy_check_labels() as $key => $label ) {
		add_settings_field(
			'intimacy_check_' . $key,
			$label,
			'intimacy_check_field',
			'intimacy-check',
			'intimacy_check_practice',
			array(
				'key'       => $key,
				'label_for' => 'intimacy-check-' . str_replace( '_', '-', $key ),
				'help'      => $helps[ $key ],
			)
		);
	}
}
add_action( 'admin_init', 'intimacy_check_admin_init' );

/**
 * The words above the fields.
 */
function intimacy_check_section_intro() {
	echo '<p>' . esc_html__( 'Fill in what you want visitors to see, then save. All fields are optional.', 'intimacy-check' ) . '</p>';
}

/**
 * One field.
 *
 * @param array<string,string> $args The field's key, id and help text.
 */
function intimacy_check_field( $args ) {
	$settings = intimacy_check_settings();
	$key      = $args['key'];
	$id       = $args['label_for'];
	$name     = INTIMACY_CHECK_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ];
	$help_id  = $id . '-help';
	if ( in_array( $key, array( 'help_text', 'safety_text' ), true ) ) {
		printf(
			'<textarea id="%1$s" name="%2$s" rows="4" cols="50" class="large-text" maxlength="600" aria-describedby="%3$s">%4$s</textarea>',
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $help_id ),
			esc_textarea( $value )
		);
	} elseif ( 'lang' === $key ) {
		printf( '<select id="%1$s" name="%2$s" aria-describedby="%3$s">', esc_attr( $id ), esc_attr( $name ), esc_attr( $help_id ) );
		foreach ( intimacy_check_languages() as $code => $language ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $code ), selected( $value, $code, false ), esc_html( $language ) );
		}
		echo '</select>';
	} else {
		// Addresses are text fields: a page on this site (/contact) is allowed, which a
		// browser's url field would refuse.
		$type  = in_array( $key, array( 'contact_phone', 'safety_phone' ), true ) ? 'tel' : 'text';
		$class = in_array( $key, array( 'accent', 'storage_key', 'langs' ), true ) ? 'regular-text code' : 'regular-text';
		printf(
			'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s" aria-describedby="%6$s">',
			esc_attr( $type ),
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_attr( $class ),
			esc_attr( $help_id )
		);
		if ( 'accent' === $key && '' !== $value ) {
			printf(
				' <span class="intimacy-check-swatch" style="display:inline-block;width:1.5em;height:1.5em;vertical-align:middle;border:1px solid #8c8f94;background:%s" aria-hidden="true"></span>',
				esc_attr( (string) sanitize_hex_color( $value ) )
			);
		}
	}
	printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $help_id ), esc_html( $args['help'] ) );
}

/**
 * The page itself.
 */
function intimacy_check_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'intimacy_check' );
	do_settings_sections( 'intimacy-check' );
	submit_button( __( 'Save settings', 'intimacy-check' ) );
	echo '</form>';
	echo '<h2>' . esc_html__( 'Put the quiz on a page', 'intimacy-check' ) . '</h2>';
	echo '<p>' . esc_html__( 'Edit the page, add the "Intimacy check" block where the quiz should appear, and publish. The block\'s sidebar can change any of the values above for that page only.', 'intimacy-check' ) . '</p>';
	echo '<p>' . esc_html__( 'Or type this shortcode into the page:', 'intimacy-check' ) . ' <code>[intimacy_check]</code></p>';
	echo '<p>' . esc_html__( 'Its attributes change values for that page only, for example:', 'intimacy-check' ) . ' <code>[intimacy_check practice_name="Harbour Counselling" accent="#2a6f97" storage_key="harbour"]</code></p>';
	echo '<p>' . esc_html__( 'Visitors\' answers stay in their own browser. This plugin sends nothing to any server and loads nothing from other sites.', 'intimacy-check' ) . '</p>';
	echo '</div>';
}

/**
 * A "Settings" link next to Deactivate on the Plugins screen.
 *
 * @param array<string> $links The plugin's action links.
 * @return array<string>
 */
function intimacy_check_action_links( $links ) {
	array_unshift(
		$links,
		'<a href="' . esc_url( admin_url( 'options-general.php?page=intimacy-check' ) ) . '">' . esc_html__( 'Settings', 'intimacy-check' ) . '</a>'
	);
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( INTIMACY_CHECK_FILE ), 'intimacy_check_action_links' );

/**
 * Suggested text for the site's privacy policy (Settings → Privacy → Policy guide).
 */
function intimacy_check_privacy_policy() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$content = '<p class="privacy-policy-tutorial">' . esc_html__( 'The Intimacy Check plugin collects no personal data and sends nothing to this website or to anyone else. You may use the text below.', 'intimacy-check' ) . '</p>'
		. '<p><strong class="privacy-policy-tutorial">' . esc_html__( 'Suggested text:', 'intimacy-check' ) . ' </strong>'
		. esc_html__( 'Our relationship quiz runs entirely in your browser. Your answers, results and plan are saved only on your own device (in your browser\'s local storage) so that you can come back to them; they are never sent to us or to anyone else, and we cannot see them. The quiz uses no cookies, analytics or third-party services. You can delete everything it saved at any time with "Delete everything" in the quiz\'s "Privacy and safety" panel, or by clearing your browser\'s site data.', 'intimacy-check' )
		. '</p>';
	wp_add_privacy_policy_content( __( 'Intimacy Check', 'intimacy-check' ), wp_kses_post( $content ) );
}
add_action( 'admin_init', 'intimacy_check_privacy_policy' );
