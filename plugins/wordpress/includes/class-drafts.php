<?php
/**
 * Creates one draft per market from a localized document, linked to its source.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

use WP_Error;
use WP_Post;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Localized drafts.
 */
final class Drafts {

	/**
	 * Inserts a draft copy of $source with localized title and content.
	 *
	 * @param WP_Post $source  Source post.
	 * @param string  $locale  Market locale, e.g. es-AR.
	 * @param string  $title   Localized title.
	 * @param string  $content Localized block markup.
	 * @param float   $score   The server's score for this market.
	 * @return array{post_id: int, language_plugin: string|null}|WP_Error
	 */
	public static function create( WP_Post $source, $locale, $title, $content, $score ) {
		// wp_insert_post() unslashes its input; block attributes hold escaped JSON that must survive as is.
		$post_id = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => $source->post_type,
					'post_status'  => 'draft',
					'post_author'  => get_current_user_id(),
					'post_title'   => $title,
					'post_content' => $content,
					'post_excerpt' => '',
					'post_parent'  => $source->post_parent,
					'menu_order'   => $source->menu_order,
					'meta_input'   => array(
						Post_Meta::SOURCE_POST => $source->ID,
						Post_Meta::LOCALE      => $locale,
						Post_Meta::SCORE       => $score,
					),
				)
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			$post_id->add_data( array( 'status' => 500 ) );
			return $post_id;
		}

		$thumbnail_id = (int) get_post_thumbnail_id( $source );
		if ( $thumbnail_id > 0 ) {
			update_post_meta( $post_id, '_thumbnail_id', $thumbnail_id );
		}
		$language_plugin = Multilingual::assign( (int) $post_id, $source->ID, $locale );
		// With WPML or Polylang, terms are per language and those plugins decide; otherwise the draft is filed
		// like its source.
		if ( null === $language_plugin ) {
			self::copy_terms( $source, (int) $post_id );
		}

		return array(
			'post_id'         => (int) $post_id,
			'language_plugin' => $language_plugin,
		);
	}

	/**
	 * Gives the draft the source's categories, tags and other terms.
	 *
	 * @param WP_Post $source  Source post.
	 * @param int     $post_id Draft.
	 */
	private static function copy_terms( WP_Post $source, $post_id ) {
		foreach ( get_object_taxonomies( $source->post_type ) as $taxonomy ) {
			$terms = wp_get_object_terms( $source->ID, $taxonomy, array( 'fields' => 'ids' ) );
			if ( ! is_wp_error( $terms ) && array() !== $terms ) {
				wp_set_object_terms( $post_id, array_map( 'intval', $terms ), $taxonomy );
			}
		}
	}
}
