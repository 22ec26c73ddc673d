<?php
/**
 * The one template of the classic test theme.
 *
 * @package IntimacyCheckTest
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<main id="content">
<?php
while ( have_posts() ) {
	the_post();
	the_title( '<h1>', '</h1>' );
	the_content();
}
?>
</main>
<footer id="site-footer"><p>Classic test theme footer</p></footer>
<?php wp_footer(); ?>
</body>
</html>
