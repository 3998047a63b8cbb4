<?php
/**
 * Server render of frontier/localized: the <frontier-localized> element with the fallback text inside.
 *
 * @package Frontier\WordPress
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$frontier_fallback = '<p>' . wp_kses_post( (string) ( $attributes['fallback'] ?? '' ) ) . '</p>';
printf(
	'<div %1$s>%2$s</div>',
	get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
	\Frontier\WordPress\Shortcode::element( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
		(string) ( $attributes['contentId'] ?? '' ),
		(string) ( $attributes['locale'] ?? '' ),
		$frontier_fallback
	)
);
