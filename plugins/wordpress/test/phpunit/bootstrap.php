<?php
/**
 * Loads the test WordPress (with the plugin installed from its zip and active) into the PHPUnit process.
 * The site and the Frontier servers are started by the vitest run that invokes PHPUnit.
 *
 * @package Frontier\WordPress
 */

$frontier_wp_url        = (string) getenv( 'FRONTIER_WP_URL' );
$_SERVER['HTTP_HOST']   = parse_url( $frontier_wp_url, PHP_URL_HOST ) . ':' . parse_url( $frontier_wp_url, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

// PHPUnit includes this file from inside a method: the variables WordPress sets at file level must be
// declared global first, as WordPress's own test bootstrap does.
global $wpdb, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories, $table_prefix;

require getenv( 'WP_ROOT' ) . '/wp-load.php';
require __DIR__ . '/class-rest-test-case.php';
