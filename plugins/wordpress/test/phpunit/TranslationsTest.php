<?php
/**
 * The compiled translations load for PHP (.mo) and for each editor script (JSON by handle).
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Plugin;

/**
 * Translations for es_ES, es_MX, es_AR and pt_BR.
 */
final class TranslationsTest extends Rest_Test_Case {

	/**
	 * Locale forced through `determine_locale`.
	 *
	 * @var string
	 */
	private $locale = '';

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'determine_locale', array( $this, 'forced_locale' ) );
	}

	protected function tearDown(): void {
		remove_filter( 'determine_locale', array( $this, 'forced_locale' ) );
		unload_textdomain( 'frontier' );
		parent::tearDown();
	}

	/**
	 * Filter callback.
	 *
	 * @return string
	 */
	public function forced_locale() {
		return $this->locale;
	}

	/**
	 * PHP strings in each locale.
	 *
	 * @return array<string, array{string, string}>
	 */
	public function php_strings() {
		return array(
			'es_ES' => array( 'es_ES', 'Necesitas poder editar entradas para usar Frontier.' ),
			'es_MX' => array( 'es_MX', 'Necesitas poder editar entradas para usar Frontier.' ),
			'es_AR' => array( 'es_AR', 'Necesitás poder editar entradas para usar Frontier.' ),
			'pt_BR' => array( 'pt_BR', 'Você precisa poder editar posts para usar o Frontier.' ),
		);
	}

	/**
	 * PHP translations come from the plugin's .mo files.
	 *
	 * @dataProvider php_strings
	 *
	 * @param string $locale   Locale.
	 * @param string $expected Translation.
	 */
	public function test_php_strings_are_translated( $locale, $expected ) {
		$this->locale = $locale;
		unload_textdomain( 'frontier' );
		Plugin::load_textdomain();
		$this->assertSame( $expected, __( 'You need to be able to edit posts to use Frontier.', 'frontier' ) );
	}

	public function test_editor_scripts_load_their_json_translations() {
		$scripts = wp_scripts();
		foreach ( array( 'frontier-copy-editor-script', 'frontier-localized-editor-script' ) as $handle ) {
			$this->assertSame( 'frontier', $scripts->registered[ $handle ]->textdomain, $handle );
		}
		$this->locale = 'es_AR';
		$json         = json_decode( (string) load_script_textdomain( 'frontier-copy-editor-script', 'frontier', $scripts->registered['frontier-copy-editor-script']->translations_path ), true );
		$this->assertSame( array( 'Asunto del mail' ), $json['locale_data']['messages']['E-mail subject'] );
		$this->locale = 'pt_BR';
		$json         = json_decode( (string) load_script_textdomain( 'frontier-copy-editor-script', 'frontier', $scripts->registered['frontier-copy-editor-script']->translations_path ), true );
		$this->assertSame( array( 'Gerar' ), $json['locale_data']['messages']['Generate'] );
	}

	public function test_the_panel_reports_each_market_in_the_editors_language() {
		$panel = static function ( $locale ) {
			$file = WP_PLUGIN_DIR . "/frontier/languages/frontier-$locale-frontier-localize-panel.json";
			return json_decode( (string) file_get_contents( $file ), true )['locale_data']['messages'];
		};
		$this->assertSame( array( 'Abrila y usá ahí Vista previa y reemplazo' ), $panel( 'es_AR' )['Open it and use Preview and replace there'] );
		$this->assertSame( array( 'Borrador %1$s actualizado (puntuación %2$d)' ), $panel( 'es_MX' )['%1$s draft updated (score %2$d)'] );
		$this->assertSame( array( 'A versão %s já está publicada e foi mantida como estava.' ), $panel( 'pt_BR' )['The %s version is already published and was left as it is.'] );

		$this->locale = 'es_AR';
		unload_textdomain( 'frontier' );
		Plugin::load_textdomain();
		$this->assertSame(
			'Otra solicitud está guardando la versión %s de esta entrada; intentá de nuevo en un momento.',
			__( 'Another request is saving the %s version of this post; try again in a moment.', 'frontier' )
		);
	}
}
