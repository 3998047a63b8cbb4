<?php
/**
 * The shortcode and the frontier/localized block print <frontier-localized> with the fallback inside.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Settings;

/**
 * Storefront element.
 */
final class StorefrontTest extends Rest_Test_Case {

	public function test_the_shortcode_prints_the_element_with_its_fallback() {
		Settings::save(
			array(
				'publishable_key'      => 'fk_pub_123',
				'component_script_url' => 'http://127.0.0.1/frontier.js',
			)
		);
		$html = do_shortcode( '[frontier_localized id="hero" locale="es-AR"]Descubrí <strong>ofertas</strong><script>alert(1)</script>[/frontier_localized]' );
		$this->assertStringStartsWith( '<frontier-localized content-id="hero" locale="es-AR" api-base="' . getenv( 'FRONTIER_SERVER_URL' ) . '" publishable-key="fk_pub_123">', $html );
		$this->assertStringContainsString( 'Descubrí <strong>ofertas</strong>', $html );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringNotContainsString( getenv( 'FRONTIER_SERVER_SECRET' ), $html );
		ob_start();
		wp_script_modules()->print_enqueued_script_modules();
		$this->assertMatchesRegularExpression( '#<script type="module" src="http://127.0.0.1/frontier.js\?ver=[^"]+" id="frontier-web-components-js-module"#', (string) ob_get_clean() );
	}

	public function test_attribute_values_are_escaped_and_bad_locales_dropped() {
		$html = do_shortcode( '[frontier_localized id="a&quot;><b>" locale="<x>"]Hola[/frontier_localized]' );
		$this->assertStringNotContainsString( '<b>', $html );
		$this->assertStringNotContainsString( 'locale=', $html );
	}

	public function test_the_block_renders_the_same_element_on_the_site() {
		$html = do_blocks( '<!-- wp:frontier/localized {"contentId":"hero","locale":"es-MX","fallback":"Compra \u003cem\u003eya\u003c/em\u003e"} /-->' );
		$this->assertMatchesRegularExpression( '#<div class="wp-block-frontier-localized"><frontier-localized content-id="hero" locale="es-MX"[^>]*><p>Compra <em>ya</em></p></frontier-localized></div>#', $html );
	}
}
