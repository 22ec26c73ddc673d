<?php
/**
 * The plugin's rules, inside the running WordPress: values saved with update_option() go
 * through the same sanitize callback as the settings page, and the shortcode escapes what it
 * prints. Run after the browser tests (the plugin is active). Usage: WP_ROOT=… php sanitize.php
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require getenv( 'WP_ROOT' ) . '/wp-load.php';

$passed = 0;
$failed = 0;
function check( $what, $ok ) {
	global $passed, $failed;
	if ( $ok ) {
		++$passed;
	} else {
		++$failed;
		fwrite( STDERR, "FAILED: $what\n" );
	}
}

check( 'the plugin is active', function_exists( 'intimacy_check_clean' ) );

// A known starting point, saved the way a script or another plugin would.
$valid = array(
	'practice_name' => 'Harbour Counselling',
	'contact_url'   => 'https://harbour.example/book',
	'contact_phone' => '+44 20 7946 0000',
	'help_text'     => 'We offer a free 15-minute call.',
	'safety_url'    => 'https://harbour.example/safety',
	'safety_phone'  => '0808 2000 247',
	'safety_text'   => 'Call the National Domestic Abuse Helpline, free, at any time.',
	'accent'        => '#2a6f97',
	'exit_url'      => 'https://www.bbc.co.uk/weather',
	'storage_key'   => 'harbour',
	'lang'          => 'en',
	'langs'         => 'en es',
	'texts'         => '/our-words.json',
);
update_option( 'intimacy_check_settings', $valid );
$before = get_option( 'intimacy_check_settings' );
check( 'valid settings are saved as they are', $valid === $before );
update_option(
	'intimacy_check_settings',
	array(
		'practice_name' => "  Harbour\x07 \"><script>alert(1)</script>\n ",
		'contact_url'   => 'javascript:alert(1)',
		'contact_phone' => '+44 (0)20 7946-0000',
		'help_text'     => "Line one\r\n\r\n\r\n\r\nLine two",
		'safety_url'    => '//evil.example/safety',
		'safety_phone'  => '<b>999</b>',
		'safety_text'   => "  Helpline\x07free\r\n\r\n\r\nDay or night <b>\"now\"</b> ",
		'accent'        => '#ABC',
		'exit_url'      => 'mailto:someone@example.com',
		'storage_key'   => 'a/b',
		'lang'          => 'fr',
		'langs'         => 'en fr',
		'texts'         => '//evil.example/words.json',
		'extra'         => 'dropped',
	)
);
$saved = get_option( 'intimacy_check_settings' );
check( 'practice name: control characters and spaces cleaned, text kept', 'Harbour "><script>alert(1)</script>' === $saved['practice_name'] );
check( 'contact url: javascript: refused, earlier value kept', $before['contact_url'] === $saved['contact_url'] );
check( 'phone kept', '+44 (0)20 7946-0000' === $saved['contact_phone'] );
check( 'help text: line breaks kept, runs of blank lines shortened', "Line one\n\nLine two" === $saved['help_text'] );
check( 'safety url: //evil.example refused, earlier value kept', $before['safety_url'] === $saved['safety_url'] );
check( 'safety phone: <b>999</b> refused, earlier value kept', $before['safety_phone'] === $saved['safety_phone'] );
check( 'safety text: cleaned like the help text, text kept', "Helpline free\n\nDay or night <b>\"now\"</b>" === $saved['safety_text'] );
check( 'accent: #rgb kept as #rrggbb, lower case, as the widget reads it', '#aabbcc' === $saved['accent'] );
check( 'exit url: mailto refused', $before['exit_url'] === $saved['exit_url'] );
check( 'storage key: a/b refused', $before['storage_key'] === $saved['storage_key'] );
check( 'lang: fr refused', 'en' === $saved['lang'] );
check( 'langs: a list with fr refused, earlier value kept', 'en es' === $saved['langs'] );
check( 'texts: //evil.example refused, earlier value kept', '/our-words.json' === $saved['texts'] );
check( 'unknown keys dropped', ! isset( $saved['extra'] ) );

$cases = array(
	array( 'contact_url', '/contact', '/contact' ),
	array( 'contact_url', '//evil.example/x', null ),
	array( 'contact_url', 'mailto:hello@harbour.example', 'mailto:hello@harbour.example' ),
	array( 'contact_url', 'https://a.example/b c', null ),
	array( 'contact_url', 'data:text/html,hi', null ),
	array( 'exit_url', 'https://www.bbc.co.uk/weather', 'https://www.bbc.co.uk/weather' ),
	array( 'contact_phone', '12', null ),
	array( 'contact_phone', '+1 <b>555</b> 0100', null ),
	array( 'accent', 'rgb(1,2,3)', '#010203' ),
	array( 'accent', '#12345g', null ),
	array( 'storage_key', str_repeat( 'k', 65 ), null ),
	array( 'storage_key', 'Harbour_2-x', 'Harbour_2-x' ),
	array( 'practice_name', str_repeat( 'n', 101 ), null ),
	array( 'practice_name', str_repeat( 'é', 100 ), str_repeat( 'é', 100 ) ),
	array( 'help_text', str_repeat( 'h', 601 ), null ),
	// The safety settings as the contact ones and the help text.
	array( 'safety_url', '/safety', '/safety' ),
	array( 'safety_url', 'mailto:help@harbour.example', 'mailto:help@harbour.example' ),
	array( 'safety_url', 'https://harbour.example/safety', 'https://harbour.example/safety' ),
	array( 'safety_url', ' ', '' ),
	array( 'safety_url', 'javascript:alert(1)', null ),
	array( 'safety_url', '//evil.example/x', null ),
	array( 'safety_url', '/\\evil.example', null ),
	array( 'safety_url', 'https://a.example/b c', null ),
	array( 'safety_url', 'data:text/html,hi', null ),
	array( 'safety_url', 'harbour.example/safety', null ),
	array( 'safety_phone', '0808 2000 247', '0808 2000 247' ),
	array( 'safety_phone', '+44 (0)808 2000-247.', '+44 (0)808 2000-247.' ),
	array( 'safety_phone', '', '' ),
	array( 'safety_phone', '12', null ),
	array( 'safety_phone', 'call us', null ),
	array( 'safety_phone', '+1 <b>555</b> 0100', null ),
	array( 'safety_phone', array( '999' ), null ),
	array( 'safety_text', str_repeat( 's', 601 ), null ),
	array( 'safety_text', str_repeat( 'é', 600 ), str_repeat( 'é', 600 ) ),
	// langs as settings.rs reads it: split at spaces and commas, each tag by its first part.
	array( 'langs', 'es, en-GB es', 'es en' ),
	array( 'langs', 'EN_us,ES-419', 'en es' ),
	array( 'langs', ' en ', 'en' ),
	array( 'langs', ' , ', '' ),
	array( 'langs', 'en fr', null ),
	array( 'langs', 'auto', null ),
	array( 'langs', '-en', null ),
	array( 'langs', "en\tes", null ),
	array( 'langs', 'en;es', null ),
	array( 'langs', 'en <b>es</b>', null ),
	array( 'langs', array( 'en' ), null ),
	// texts as exit-url: http(s) or a /path on this site.
	array( 'texts', '/our-words.json', '/our-words.json' ),
	array( 'texts', 'https://harbour.example/words.json', 'https://harbour.example/words.json' ),
	array( 'texts', ' ', '' ),
	array( 'texts', '//evil.example/w.json', null ),
	array( 'texts', '/\\evil.example', null ),
	array( 'texts', 'javascript:alert(1)', null ),
	array( 'texts', 'mailto:a@b.c', null ),
	array( 'texts', 'data:application/json,{}', null ),
	array( 'texts', 'our-words.json', null ),
	array( 'texts', '/our words.json', null ),
	array( 'start', 'plan', 'plan' ),
	array( 'start', 'results', null ),
);
foreach ( $cases as $case ) {
	list( $key, $in, $want ) = $case;
	check( "clean($key, " . var_export( $in, true ) . ')', intimacy_check_clean( $key, $in ) === $want );
}

// The one settings contract, which the widget's Rust tests and the configurator's tests read
// too: the plugin takes and refuses exactly what they do, and keeps the same value.
$contract = json_decode( file_get_contents( getenv( 'IC_CONTRACT' ) ), true );
check( 'the settings contract has its cases', is_array( $contract ) && count( $contract['cases'] ) >= 100 );
foreach ( $contract['cases'] as $case ) {
	$got  = intimacy_check_clean( str_replace( '-', '_', $case['setting'] ), $case['value'] );
	$want = $case['ok'] ? $case['cleaned'] : null;
	check( "contract: {$case['setting']} " . var_export( $case['value'], true ) . ' gives ' . var_export( $want, true ) . ', not ' . var_export( $got, true ), $got === $want );
}

function printed_modules() {
	ob_start();
	wp_script_modules()->print_enqueued_script_modules();
	return (string) ob_get_clean();
}
check( 'before any shortcode: the loader is not enqueued', false === strpos( printed_modules(), 'intimacy-check.js' ) );
$html = do_shortcode( '[intimacy_check practice-name=\'Bay "><img src=x onerror=alert(1)>\' contact_url="javascript:alert(1)" accent="#123456" start="plan"]' );
check( 'shortcode: the element is there', 1 === substr_count( $html, '<intimacy-check ' ) );
check( 'shortcode: no tag from the attribute', false === strpos( $html, '<img' ) );
check( 'shortcode: the name is escaped', false !== strpos( $html, 'practice-name="Bay &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' ) );
check( 'shortcode: javascript: contact refused, the saved one used', false !== strpos( $html, 'contact-url="' . esc_url( $saved['contact_url'] ) . '"' ) );
check( 'shortcode: accent and start', false !== strpos( $html, 'accent="#123456"' ) && false !== strpos( $html, 'start="plan"' ) );
check( 'shortcode: the saved langs and texts', false !== strpos( $html, 'langs="en es"' ) && false !== strpos( $html, 'texts="/our-words.json"' ) );
check( 'shortcode: the saved safety settings', false !== strpos( $html, 'safety-url="https://harbour.example/safety"' ) && false !== strpos( $html, 'safety-phone="0808 2000 247"' ) );
$html = do_shortcode( '[intimacy_check safety_url="javascript:alert(1)" safety-phone="0800 111 222" safety_text=\'Call "us" & ask for Sam\']' );
check( 'shortcode: javascript: safety url refused, the saved one used', false !== strpos( $html, 'safety-url="' . esc_url( $saved['safety_url'] ) . '"' ) && false === strpos( $html, 'javascript' ) );
check( 'shortcode: safety phone (the - name works too)', false !== strpos( $html, 'safety-phone="0800 111 222"' ) );
check( 'shortcode: safety text escaped', false !== strpos( $html, 'safety-text="Call &quot;us&quot; &amp; ask for Sam"' ) );
$html = do_shortcode( '[intimacy_check safety_url="mailto:help@bay.example?subject=a&b" safety_phone="12"]' );
check( 'shortcode: a mailto: safety url is kept, escaped', false !== strpos( $html, 'safety-url="mailto:help@bay.example?subject=a&#038;b"' ) );
check( 'shortcode: a bad safety phone falls back to the saved one', false !== strpos( $html, 'safety-phone="' . esc_attr( $saved['safety_phone'] ) . '"' ) );
$html = do_shortcode( '[intimacy_check langs="es, en-GB" texts="https://harbour.example/w.json?a=1&b=2"]' );
check( 'shortcode: langs as bare codes', false !== strpos( $html, 'langs="es en"' ) );
check( 'shortcode: texts escaped', false !== strpos( $html, 'texts="https://harbour.example/w.json?a=1&#038;b=2"' ) );
$html = do_shortcode( '[intimacy_check langs="en fr" texts="javascript:alert(1)"]' );
check( 'shortcode: bad langs and texts refused, the saved ones used', false !== strpos( $html, 'langs="en es"' ) && false !== strpos( $html, 'texts="/our-words.json"' ) && false === strpos( $html, 'javascript' ) );
check( 'shortcode: the loader is enqueued as a script module', 1 === preg_match( '#<script type="module" src="[^"]*/wp-content/plugins/intimacy-check/widget/intimacy-check\.js\?ver=' . preg_quote( INTIMACY_CHECK_VERSION, '#' ) . '-\d+" id="intimacy-check-js-module"#', printed_modules() ) );

$block = do_blocks( '<!-- wp:intimacy-check/quiz {"practiceName":"Tide","storageKey":"bad key"} /-->' );
check( 'block: rendered on the server', false !== strpos( $block, 'practice-name="Tide"' ) && false !== strpos( $block, 'wp-block-intimacy-check-quiz' ) );
check( 'block: a bad storage key falls back to the saved one', false !== strpos( $block, 'storage-key="' . esc_attr( $saved['storage_key'] ) . '"' ) );
$block = do_blocks( '<!-- wp:intimacy-check/quiz {"langs":"ES","texts":"/tide-words.json"} /-->' );
check( 'block: langs and texts', false !== strpos( $block, 'langs="es"' ) && false !== strpos( $block, 'texts="/tide-words.json"' ) );
$block = do_blocks( '<!-- wp:intimacy-check/quiz {"safetyUrl":"/tide-safety","safetyPhone":"0800 111 333","safetyText":"Ask for \\u0022Tide\\u0022 \\u003cb\\u003e"} /-->' );
check( 'block: safety url and phone', false !== strpos( $block, 'safety-url="/tide-safety"' ) && false !== strpos( $block, 'safety-phone="0800 111 333"' ) );
check( 'block: safety text escaped', false !== strpos( $block, 'safety-text="Ask for &quot;Tide&quot; &lt;b&gt;"' ) );
$block = do_blocks( '<!-- wp:intimacy-check/quiz {"safetyUrl":"javascript:alert(1)","safetyPhone":"call us"} /-->' );
check( 'block: a bad safety url and phone fall back to the saved ones', false !== strpos( $block, 'safety-url="' . esc_url( $saved['safety_url'] ) . '"' ) && false !== strpos( $block, 'safety-phone="' . esc_attr( $saved['safety_phone'] ) . '"' ) && false === strpos( $block, 'javascript' ) );

echo "sanitize: $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
