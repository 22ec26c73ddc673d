<?php
/**
 * Router for PHP's built-in server: .wasm with its MIME type (browsers compile it while it
 * downloads only then); everything else as the server would do it.
 */
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = realpath( $_SERVER['DOCUMENT_ROOT'] . $path );
if ( '.wasm' === substr( $path, -5 ) && $file && is_file( $file ) ) {
	header( 'Content-Type: application/wasm' );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}
return false;
