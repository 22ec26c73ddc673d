<?php
/**
 * Output-escaping check for the plugin: every `echo`, `print`, `printf`/`vprintf` and
 * `<?=` may print only literals and the results of escaping functions. Anything else (a
 * variable, another call, a string with variables in it) fails with its file and line.
 * Also refused: `_e()`/`_ex()` (they print untranslated text unescaped).
 *
 * Usage: php check-escaping.php DIR
 */

$escapers = array(
	'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_xml',
	'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x',
	'wp_kses', 'wp_kses_post', 'wp_kses_data',
	'absint', 'intval', 'number_format_i18n',
	// Return fixed attribute text (" selected='selected'") or nothing.
	'selected', 'checked', 'disabled',
);
$printers = array( 'printf', 'vprintf' );
$refused  = array( '_e', '_ex' );

$dir      = isset( $argv[1] ) ? $argv[1] : die( "usage: php check-escaping.php DIR\n" );
$failures = array();
$checked  = 0;
$files    = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
foreach ( $files as $file ) {
	if ( substr( $file, -4 ) !== '.php' ) {
		continue;
	}
	$tokens = array_values(
		array_filter(
			token_get_all( file_get_contents( $file ) ),
			function ( $t ) {
				return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$n = count( $tokens );
	for ( $i = 0; $i < $n; $i++ ) {
		$t = $tokens[ $i ];
		if ( ! is_array( $t ) ) {
			continue;
		}
		$line = $t[2];
		$name = strtolower( $t[1] );
		if ( T_STRING === $t[0] && in_array( $name, $refused, true ) && '(' === next_token( $tokens, $i ) ) {
			$failures[] = "$file:$line: $name() prints without escaping; use esc_html_e()";
			continue;
		}
		if ( in_array( $t[0], array( T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO ), true ) ) {
			// Up to the end of the statement.
			list( $expr, $i ) = take( $tokens, $i + 1, array( ';', T_CLOSE_TAG ) );
			$args             = split_top( $expr, array( '.', ',' ) );
		} elseif ( T_STRING === $t[0] && in_array( $name, $printers, true ) && '(' === next_token( $tokens, $i )
			&& ! is_method_or_definition( $tokens, $i ) ) {
			list( $expr, $i ) = take( $tokens, $i + 2, array( ')' ) );
			$args             = split_top( $expr, array( '.', ',' ) );
		} else {
			continue;
		}
		++$checked;
		foreach ( $args as $operand ) {
			if ( ! is_safe( $operand, $escapers ) ) {
				$failures[] = "$file:$line: prints " . render( $operand ) . ' without an escaping function';
			}
		}
	}
}

if ( $failures ) {
	fwrite( STDERR, implode( "\n", $failures ) . "\n" );
	fwrite( STDERR, count( $failures ) . " unescaped output(s)\n" );
	exit( 1 );
}
echo "escaping: $checked output statements checked, all escaped\n";

/** The next token's text. */
function next_token( $tokens, $i ) {
	$t = isset( $tokens[ $i + 1 ] ) ? $tokens[ $i + 1 ] : '';
	return is_array( $t ) ? $t[1] : $t;
}

/** True for `->printf(`, `::printf(` and `function printf(`. */
function is_method_or_definition( $tokens, $i ) {
	$p = isset( $tokens[ $i - 1 ] ) ? $tokens[ $i - 1 ] : '';
	return is_array( $p ) && in_array( $p[0], array( T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION ), true );
}

/** Tokens from $i up to the first depth-0 stop token; returns them and the stop's index. */
function take( $tokens, $i, $stops ) {
	$depth = 0;
	$out   = array();
	for ( $n = count( $tokens ); $i < $n; $i++ ) {
		$t  = $tokens[ $i ];
		$id = is_array( $t ) ? $t[0] : $t;
		if ( 0 === $depth && in_array( $id, $stops, true ) ) {
			break;
		}
		if ( in_array( $id, array( '(', '[', '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) {
			++$depth;
		} elseif ( in_array( $id, array( ')', ']', '}' ), true ) ) {
			--$depth;
		}
		$out[] = $t;
	}
	return array( $out, $i );
}

/** Splits at depth-0 separators. */
function split_top( $expr, $seps ) {
	$parts = array( array() );
	$depth = 0;
	foreach ( $expr as $t ) {
		$id = is_array( $t ) ? $t[0] : $t;
		if ( 0 === $depth && in_array( $id, $seps, true ) ) {
			$parts[] = array();
			continue;
		}
		if ( in_array( $id, array( '(', '[', '{' ), true ) ) {
			++$depth;
		} elseif ( in_array( $id, array( ')', ']', '}' ), true ) ) {
			--$depth;
		}
		$parts[ count( $parts ) - 1 ][] = $t;
	}
	return array_filter( $parts );
}

/** A literal, or one whole call to an escaping function. */
function is_safe( $operand, $escapers ) {
	$first = $operand[0];
	if ( 1 === count( $operand ) && is_array( $first )
		&& in_array( $first[0], array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER ), true ) ) {
		return true;
	}
	if ( ! is_array( $first ) || T_STRING !== $first[0] || ! in_array( strtolower( $first[1] ), $escapers, true ) ) {
		return false;
	}
	// The call must be the whole operand: name ( ... ) and nothing after.
	list( , $end ) = take( $operand, 2, array( ')' ) );
	return isset( $operand[1] ) && '(' === $operand[1] && count( $operand ) - 1 === $end;
}

function render( $operand ) {
	return implode( '', array_map( function ( $t ) { return is_array( $t ) ? $t[1] : $t; }, $operand ) );
}
