<?php
/**
 * Localized drafts: one per market, linked to the source, structure kept, and the language assigned in
 * WPML or Polylang through their public API when one of them is present.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Block_Structure;
use Frontier\WordPress\Post_Meta;

/**
 * Drafts and multilingual plugins.
 */
final class DraftsTest extends Rest_Test_Case {

	const CONTENT = "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">El coche de tus sueños</h2>\n<!-- /wp:heading -->\n\n<!-- wp:image {\"id\":7} -->\n<figure class=\"wp-block-image\"><img src=\"http://127.0.0.1/a.jpg\" alt=\"Un coche rojo\" class=\"wp-image-7\"/><figcaption class=\"wp-element-caption\">Mi coche</figcaption></figure>\n<!-- /wp:image -->";

	/**
	 * Source post id.
	 *
	 * @var int
	 */
	private $source_id;

	protected function setUp(): void {
		parent::setUp();
		$this->act_as( 'editor' );
		$this->source_id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => 'Compra tu coche',
					'post_content' => self::CONTENT,
					'post_status'  => 'publish',
				)
			)
		);
	}

	protected function tearDown(): void {
		remove_all_actions( 'wpml_set_element_language_details' );
		remove_all_filters( 'wpml_active_languages' );
		parent::tearDown();
	}

	/**
	 * Creates drafts through the REST route.
	 *
	 * @param array<string> $targets Locales.
	 * @return array<int, array<string, mixed>>
	 */
	private function drafts( array $targets ) {
		$response = $this->rest(
			'POST',
			'/frontier/v1/drafts',
			array(
				'post_id'        => $this->source_id,
				'source_locale'  => 'es-ES',
				'target_locales' => $targets,
			)
		);
		$this->assertAnswer( 201, null, $response );
		return $response->get_data()['drafts'];
	}

	public function test_one_linked_draft_per_market_with_the_same_structure() {
		$drafts = $this->drafts( array( 'es-AR', 'es-MX' ) );
		$this->assertSame( array( 'es-AR', 'es-MX' ), array_column( $drafts, 'locale' ) );
		foreach ( $drafts as $draft ) {
			$post = get_post( $draft['post_id'] );
			$this->assertSame( 'draft', $post->post_status );
			$this->assertSame( $this->source_id, (int) get_post_meta( $post->ID, Post_Meta::SOURCE_POST, true ) );
			$this->assertSame( $draft['locale'], get_post_meta( $post->ID, Post_Meta::LOCALE, true ) );
			$this->assertTrue( Block_Structure::same_shape( self::CONTENT, $post->post_content ) );
			$this->assertNull( $draft['language_plugin'] );
		}
		$this->assertSame( 'Comprá tu auto', get_post( $drafts[0]['post_id'] )->post_title );
		$this->assertStringContainsString( 'alt="Un carro rojo"', get_post( $drafts[1]['post_id'] )->post_content );
	}

	public function test_drafts_keep_the_featured_image_and_terms_of_the_source() {
		$image_id = wp_insert_attachment(
			array(
				'post_title'     => 'coche',
				'post_mime_type' => 'image/jpeg',
			)
		);
		update_post_meta( $this->source_id, '_thumbnail_id', $image_id );
		$category = wp_insert_term( 'Ofertas ' . wp_generate_password( 6, false ), 'category' );
		wp_set_object_terms( $this->source_id, array( 'rebajas' ), 'post_tag' );
		wp_set_object_terms( $this->source_id, array( $category['term_id'] ), 'category' );

		$draft_id = $this->drafts( array( 'es-MX' ) )[0]['post_id'];
		$this->assertSame( $image_id, (int) get_post_thumbnail_id( $draft_id ) );
		$this->assertSame( array( 'rebajas' ), wp_get_object_terms( $draft_id, 'post_tag', array( 'fields' => 'names' ) ) );
		$this->assertSame( array( $category['term_id'] ), wp_get_object_terms( $draft_id, 'category', array( 'fields' => 'ids' ) ) );
	}

	public function test_wpml_gets_the_language_through_its_hooks() {
		$calls = array();
		add_filter(
			'wpml_active_languages',
			static function () {
				return array(
					'es' => array(
						'code'           => 'es',
						'default_locale' => 'es_ES',
					),
					'ar' => array(
						'code'           => 'es-ar',
						'default_locale' => 'es_AR',
					),
				);
			}
		);
		add_action(
			'wpml_set_element_language_details',
			static function ( $details ) use ( &$calls ) {
				$calls[] = $details;
			}
		);
		$drafts = $this->drafts( array( 'es-AR' ) );
		$this->assertSame( 'wpml', $drafts[0]['language_plugin'] );
		$this->assertCount( 1, $calls );
		$this->assertSame( $drafts[0]['post_id'], $calls[0]['element_id'] );
		$this->assertSame( 'post_post', $calls[0]['element_type'] );
		$this->assertSame( 'es-ar', $calls[0]['language_code'] );
	}

	/**
	 * Runs last: the Polylang stand-ins stay defined for the rest of the process.
	 */
	public function test_polylang_gets_the_language_and_the_translation_link() {
		require_once __DIR__ . '/polylang-stand-in.php';
		$GLOBALS['frontier_polylang_calls'] = array();
		$drafts                             = $this->drafts( array( 'es-MX' ) );
		$this->assertSame( 'polylang', $drafts[0]['language_plugin'] );
		$this->assertSame(
			array(
				array( 'pll_set_post_language', $drafts[0]['post_id'], 'mx' ),
				array(
					'pll_save_post_translations',
					array(
						'es' => $this->source_id,
						'mx' => $drafts[0]['post_id'],
					),
				),
			),
			$GLOBALS['frontier_polylang_calls']
		);
	}
}
