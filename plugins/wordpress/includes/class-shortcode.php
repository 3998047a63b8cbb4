<?php
/**
 * `[frontier_localized id="hero" locale="es-AR"]Fallback text[/frontier_localized]` and the frontier/localized
 * block both print a <frontier-localized> element whose light DOM is the fallback, so the text shows even
 * when JavaScript or the Frontier server is unavailable.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Storefront element rendering.
 */
final class Shortcode {

	const TAG           = 'frontier_localized';
	const SCRIPT_HANDLE = 'frontier-web-components';

	/**
	 * Registers the shortcode.
	 */
	public static function register() {
		add_shortcode( self::TAG, array( self::class, 'render_shortcode' ) );
	}

	/**
	 * Shortcode callback.
	 *
	 * @param array<string, string>|string $atts    Attributes.
	 * @param string|null                  $content Enclosed fallback.
	 * @return string
	 */
	public static function render_shortcode( $atts, $content = null ) {
		$atts = shortcode_atts(
			array(
				'id'     => '',
				'locale' => '',
			),
			$atts,
			self::TAG
		);
		return self::element( $atts['id'], $atts['locale'], wp_kses_post( do_shortcode( (string) $content ) ) );
	}

	/**
	 * The element's markup; enqueues the component script when one is configured.
	 *
	 * @param string $content_id    Frontier content id.
	 * @param string $locale        Market locale; empty lets the element pick the visitor's.
	 * @param string $fallback_html Already-safe fallback HTML.
	 * @return string
	 */
	public static function element( $content_id, $locale, $fallback_html ) {
		$settings = Settings::get();
		if ( '' !== $settings['component_script_url'] && function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module( self::SCRIPT_HANDLE, $settings['component_script_url'], array(), VERSION );
		}

		$attributes = array(
			'content-id'      => $content_id,
			'locale'          => Settings::is_locale( $locale ) ? $locale : '',
			'api-base'        => $settings['server_url'],
			'publishable-key' => $settings['publishable_key'],
		);
		$html       = '<frontier-localized';
		foreach ( $attributes as $name => $value ) {
			if ( '' !== $value ) {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		return $html . '>' . $fallback_html . '</frontier-localized>';
	}
}
