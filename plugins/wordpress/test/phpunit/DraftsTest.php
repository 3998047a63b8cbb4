<?php
/**
 * Localized drafts: one per market, linked to the source, structure kept, and the language assigned in
 * WPML or Polylang through their public API when one of them is present.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Block_Structure;
use Frontier\WordPress\Drafts;
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
		remove_all_filters( 'wpml_object_id' );
		remove_all_filters( 'frontier_drafts_lock_wait' );
		parent::tearDown();
	}

	/**
	 * Creates drafts through the REST route.
	 *
	 * @param array<string> $targets Locales.
	 * @param int           $status  Expected HTTP status: 201 when a draft was created, else 200.
	 * @return array<int, array<string, mixed>>
	 */
	private function drafts( array $targets, $status = 201 ) {
		$response = $this->rest(
			'POST',
			'/frontier/v1/drafts',
			array(
				'post_id'        => $this->source_id,
				'source_locale'  => 'es-ES',
				'target_locales' => $targets,
			)
		);
		$this->assertAnswer( $status, null, $response );
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

	/**
	 * Ids of the source's localized posts for a market that are not in the trash.
	 *
	 * @param string $locale Market.
	 * @return array<int, int>
	 */
	private function localized_posts( $locale ) {
		$ids = get_posts(
			array(
				'post_type'        => 'post',
				'post_status'      => array( 'draft', 'pending', 'publish', 'private', 'future', 'auto-draft' ),
				'fields'           => 'ids',
				'suppress_filters' => true,
				'posts_per_page'   => -1,
				'meta_query'       => array(
					array(
						'key'   => Post_Meta::SOURCE_POST,
						'value' => $this->source_id,
					),
					array(
						'key'   => Post_Meta::LOCALE,
						'value' => $locale,
					),
				),
			)
		);
		return array_map( 'intval', $ids );
	}

	public function test_a_second_run_updates_the_same_draft_and_keeps_the_editors_text_as_a_revision() {
		$first = $this->drafts( array( 'es-AR', 'es-MX' ) );
		$this->assertSame( array( 'created', 'created' ), array_column( $first, 'status' ) );
		$this->assertSame( array( false, false ), array_column( $first, 'updated' ) );
		$created_content = get_post( $first[0]['post_id'] )->post_content;
		wp_update_post(
			array(
				'ID'           => $first[0]['post_id'],
				'post_content' => 'Texto del editor',
				'post_status'  => 'pending',
			)
		);

		$second = $this->drafts( array( 'es-AR', 'es-MX' ), 200 );
		$this->assertSame( array( 'updated', 'updated' ), array_column( $second, 'status' ) );
		$this->assertSame( array( true, true ), array_column( $second, 'updated' ) );
		$this->assertSame( array_column( $first, 'post_id' ), array_column( $second, 'post_id' ) );
		foreach ( array( 'es-AR', 'es-MX' ) as $index => $locale ) {
			$this->assertSame( array( $first[ $index ]['post_id'] ), $this->localized_posts( $locale ), $locale );
			$this->assertSame( get_edit_post_link( $first[ $index ]['post_id'], 'raw' ), $second[ $index ]['edit_link'] );
		}
		$post = get_post( $first[0]['post_id'] );
		$this->assertSame( 'pending', $post->post_status, 'a draft sent for review stays pending' );
		$this->assertSame( 'Comprá tu auto', $post->post_title );
		$this->assertSame( $created_content, $post->post_content, 'slashes and escapes survive the update' );
		$this->assertTrue( Block_Structure::same_shape( self::CONTENT, $post->post_content ) );
		$revisions = array_map(
			static function ( $revision ) {
				return $revision->post_content;
			},
			wp_get_post_revisions( $post->ID )
		);
		$this->assertContains( 'Texto del editor', $revisions );
	}

	public function test_escaped_block_attributes_survive_an_update() {
		$content = "<!-- wp:paragraph {\"placeholder\":\"Escribí \\u003cb\\u003e\\u0022aquí\\u0022\"} -->\n<p>Mi coche</p>\n<!-- /wp:paragraph -->";
		wp_update_post( wp_slash( array( 'ID' => $this->source_id, 'post_content' => $content ) ) );
		$this->assertSame( $content, get_post( $this->source_id )->post_content );
		$first  = $this->drafts( array( 'es-MX' ) );
		$second = $this->drafts( array( 'es-MX' ), 200 );
		$this->assertSame( $first[0]['post_id'], $second[0]['post_id'] );
		$saved = get_post( $second[0]['post_id'] )->post_content;
		$this->assertStringContainsString( '\\u003cb\\u003e', $saved );
		$this->assertStringContainsString( 'carro', $saved );
		$this->assertTrue( Block_Structure::same_shape( $content, $saved ) );
	}

	public function test_a_published_translation_is_left_untouched_and_reported() {
		$first = $this->drafts( array( 'es-AR' ) );
		wp_update_post(
			array(
				'ID'           => $first[0]['post_id'],
				'post_status'  => 'publish',
				'post_content' => 'Contenido publicado',
			)
		);
		$modified       = get_post( $first[0]['post_id'] )->post_modified_gmt;
		$this->outgoing = array();

		$answer = $this->drafts( array( 'es-AR', 'es-MX' ) );
		$this->assertSame( array( 'es-AR', 'es-MX' ), array_column( $answer, 'locale' ) );
		$this->assertSame( array( 'exists_published', 'created' ), array_column( $answer, 'status' ) );
		$this->assertSame( $first[0]['post_id'], $answer[0]['post_id'] );
		$this->assertSame( 'publish', $answer[0]['post_status'] );
		$this->assertFalse( $answer[0]['updated'] );
		$this->assertSame( get_edit_post_link( $first[0]['post_id'], 'raw' ), $answer[0]['edit_link'] );
		$post = get_post( $first[0]['post_id'] );
		$this->assertSame( 'Contenido publicado', $post->post_content );
		$this->assertSame( $modified, $post->post_modified_gmt );
		$this->assertSame( array( $first[0]['post_id'] ), $this->localized_posts( 'es-AR' ) );
		// The live market is not even localized: only es-MX went to the server.
		foreach ( $this->content_calls() as $call ) {
			$this->assertSame( array( 'es-MX' ), json_decode( $call['args']['body'], true )['target_locales'] );
		}
		$this->assertCount( 2, $this->content_calls() );

		// Every market live: 200, and no call to the server at all.
		wp_update_post(
			array(
				'ID'          => $answer[1]['post_id'],
				'post_status' => 'private',
			)
		);
		$this->outgoing = array();
		$live           = $this->drafts( array( 'es-AR', 'es-MX' ), 200 );
		$this->assertSame( array( 'exists_published', 'exists_published' ), array_column( $live, 'status' ) );
		$this->assertSame( 'private', $live[1]['post_status'] );
		$this->assertSame( array(), $this->content_calls() );
	}

	public function test_a_trashed_translation_is_not_reused() {
		$first = $this->drafts( array( 'es-AR' ) );
		wp_trash_post( $first[0]['post_id'] );
		$second = $this->drafts( array( 'es-AR' ) );
		$this->assertSame( 'created', $second[0]['status'] );
		$this->assertNotSame( $first[0]['post_id'], $second[0]['post_id'] );
		$this->assertSame( 'trash', get_post_status( $first[0]['post_id'] ) );
	}

	public function test_a_market_locked_by_another_request_is_reported_busy_and_a_stale_lock_is_taken_over() {
		global $wpdb;
		$lock = Drafts::LOCK_PREFIX . md5( $this->source_id . '|es-AR' );
		$this->assertTrue( Drafts::acquire_lock( $lock ) );
		add_filter(
			'frontier_drafts_lock_wait',
			static function () {
				return 0.3;
			}
		);
		try {
			$answer = $this->drafts( array( 'es-AR', 'es-MX' ) );
		} finally {
			Drafts::release_lock( $lock );
		}
		$this->assertSame( array( 'busy', 'created' ), array_column( $answer, 'status' ) );
		$this->assertStringContainsString( 'es-AR', $answer[0]['message'] );
		$this->assertSame( array(), $this->localized_posts( 'es-AR' ) );

		// A lock left behind by a request that died is taken over once it is stale.
		$wpdb->insert(
			$wpdb->options,
			array(
				'option_name'  => $lock,
				'option_value' => (string) ( time() - Drafts::LOCK_STALE_AFTER - 5 ),
				'autoload'     => 'off',
			)
		);
		$this->assertSame( 'created', $this->drafts( array( 'es-AR' ) )[0]['status'] );
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $lock ) ), 'released' );
	}

	public function test_a_request_arriving_while_another_inserts_the_draft_does_not_insert_a_second_one() {
		add_filter(
			'frontier_drafts_lock_wait',
			static function () {
				return 0.3;
			}
		);
		// The second click lands exactly between the first request's "no draft yet" and its insert.
		$nested = null;
		$second = function ( $data, $postarr ) use ( &$nested, &$second ) {
			if ( null === $nested && isset( $postarr['meta_input'][ Post_Meta::SOURCE_POST ] ) ) {
				remove_filter( 'wp_insert_post_data', $second, 10 );
				$nested = $this->drafts( array( 'es-AR' ), 200 );
			}
			return $data;
		};
		add_filter( 'wp_insert_post_data', $second, 10, 2 );
		$first = $this->drafts( array( 'es-AR' ) );

		$this->assertSame( 'created', $first[0]['status'] );
		$this->assertSame( 'busy', $nested[0]['status'] );
		$this->assertSame( array( $first[0]['post_id'] ), $this->localized_posts( 'es-AR' ) );
	}

	public function test_uninstall_removes_a_lock_left_behind() {
		global $wpdb;
		$lock = Drafts::LOCK_PREFIX . md5( $this->source_id . '|es-CL' );
		$this->assertTrue( Drafts::acquire_lock( $lock ) );
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'frontier/frontier.php' );
		}
		include WP_PLUGIN_DIR . '/frontier/uninstall.php';
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name = %s", $lock ) ) );
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
		// WPML answers the translation of an element in a language from the details it was given.
		add_filter(
			'wpml_object_id',
			static function ( $element_id, $type, $original_if_missing, $code ) use ( &$calls ) {
				foreach ( array_reverse( $calls ) as $details ) {
					if ( $details['language_code'] === $code ) {
						return $details['element_id'];
					}
				}
				return $original_if_missing ? $element_id : null;
			},
			10,
			4
		);
		$drafts = $this->drafts( array( 'es-AR' ) );
		$this->assertSame( 'wpml', $drafts[0]['language_plugin'] );
		$this->assertSame( 'created', $drafts[0]['status'] );
		$this->assertCount( 1, $calls );
		$this->assertSame( $drafts[0]['post_id'], $calls[0]['element_id'] );
		$this->assertSame( 'post_post', $calls[0]['element_type'] );
		$this->assertSame( 'es-ar', $calls[0]['language_code'] );

		// Found through WPML even without the plugin's meta (a translation made by hand, say): updated, still linked.
		delete_post_meta( $drafts[0]['post_id'], Post_Meta::SOURCE_POST );
		$again = $this->drafts( array( 'es-AR' ), 200 );
		$this->assertSame( 'updated', $again[0]['status'] );
		$this->assertSame( $drafts[0]['post_id'], $again[0]['post_id'] );
		$this->assertSame( 'wpml', $again[0]['language_plugin'] );
		$this->assertCount( 2, $calls );
		$this->assertSame( $drafts[0]['post_id'], $calls[1]['element_id'] );
		$this->assertSame( $calls[0]['trid'], $calls[1]['trid'] );
		$this->assertSame( 'es-ar', $calls[1]['language_code'] );
		$this->assertSame( $this->source_id, (int) get_post_meta( $drafts[0]['post_id'], Post_Meta::SOURCE_POST, true ) );
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

		// Localized again: the linked post is updated and the group still holds it, not a new draft.
		$GLOBALS['frontier_polylang_calls'] = array();
		$again                              = $this->drafts( array( 'es-MX' ), 200 );
		$this->assertSame( 'updated', $again[0]['status'] );
		$this->assertSame( $drafts[0]['post_id'], $again[0]['post_id'] );
		$this->assertSame(
			array(
				'es' => $this->source_id,
				'mx' => $drafts[0]['post_id'],
			),
			pll_get_post_translations( $this->source_id )
		);
		$this->assertSame( array( 'pll_set_post_language', $drafts[0]['post_id'], 'mx' ), $GLOBALS['frontier_polylang_calls'][0] );
		$this->assertSame( array( $drafts[0]['post_id'] ), $this->localized_posts( 'es-MX' ) );
	}
}
