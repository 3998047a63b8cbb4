<?php
/**
 * Settings through REST and the options API: the secret key is write-only.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Settings;

/**
 * Settings.
 */
final class SettingsTest extends Rest_Test_Case {

	public function test_an_administrator_sets_the_secret_but_never_reads_it_back() {
		$this->act_as( 'admin' );
		$response = $this->rest(
			'POST',
			'/frontier/v1/settings',
			array(
				'secret_key' => 'fk_live_brand_new',
				'timeout'    => 12,
			)
		);
		$this->assertAnswer( 200, null, $response );
		$this->assertStringNotContainsString( 'fk_live_brand_new', wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['has_secret_key'] );
		$this->assertSame( 12, $response->get_data()['timeout'] );
		$this->assertSame( 'fk_live_brand_new', Settings::secret_key() );
		$this->assertStringNotContainsString( 'fk_live_brand_new', wp_json_encode( $this->rest( 'GET', '/frontier/v1/settings' )->get_data() ) );
	}

	public function test_the_settings_page_never_prints_the_secret() {
		$this->act_as( 'admin' );
		Settings::save_secret_key( 'fk_live_page_secret' );
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/template.php';
		ob_start();
		\Frontier\WordPress\Settings_Page::render();
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'name="frontier_secret_key" value=""', $html );
		$this->assertStringNotContainsString( 'fk_live_page_secret', $html );
		$this->assertMatchesRegularExpression( '/name=[\'"]option_page[\'"] value=[\'"]frontier[\'"]/', $html );
		$this->assertStringContainsString( 'name="_wpnonce"', $html, 'the Settings API adds its nonce' );
	}

	public function test_a_blank_secret_field_keeps_the_stored_key() {
		Settings::save_secret_key( 'fk_live_kept' );
		$this->assertSame( 'fk_live_kept', Settings::sanitize_submitted_secret( '' ) );
		$this->assertSame( 'fk_live_other', Settings::sanitize_submitted_secret( ' fk_live_other ' ) );
	}

	public function test_values_are_normalised() {
		$clean = Settings::sanitize(
			array(
				'server_url'    => 'javascript:alert(1)',
				'timeout'       => 9999,
				'source_locale' => 'not a locale',
			)
		);
		$this->assertSame( Settings::DEFAULT_URL, $clean['server_url'] );
		$this->assertSame( 120, $clean['timeout'] );
		$this->assertSame( 'es-ES', $clean['source_locale'] );
	}

	public function test_the_secret_is_not_autoloaded() {
		Settings::save_secret_key( 'fk_live_not_autoloaded' );
		$this->assertArrayNotHasKey( Settings::SECRET_OPTION, wp_load_alloptions() );
	}
}
