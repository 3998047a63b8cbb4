<?php
/**
 * Keeps one localized post per market and source: creates the draft, updates it while it is not live, and
 * leaves a live one alone.
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

	const LOCK_PREFIX = 'frontier_drafts_lock_';

	/**
	 * How long a lock may be held before another request may take it over (a request that died holding it).
	 */
	const LOCK_STALE_AFTER = 30;

	/**
	 * How long a request waits for another one working on the same source and market.
	 */
	const LOCK_WAIT_SECONDS = 10;

	/**
	 * Statuses of a localized post that is live or will go live by itself: never overwritten.
	 */
	const LIVE_STATUSES = array( 'publish', 'private', 'future' );

	/**
	 * Saves the $locale version of $source: a new draft when there is none, the existing one updated in place
	 * when it is not live yet (draft, pending, auto-draft), and a live one (published, private, scheduled) left
	 * untouched. One request at a time per source and market, so a double click cannot create two drafts.
	 *
	 * @param WP_Post $source  Source post.
	 * @param string  $locale  Market locale, e.g. es-AR.
	 * @param string  $title   Localized title.
	 * @param string  $content Localized block markup.
	 * @param float   $score   The server's score for this market.
	 * @return array{status: string, post_id: int, post_status: string, language_plugin: string|null}|WP_Error
	 *         status is `created`, `updated` or `exists_published`; a WP_Error (409) when another request kept
	 *         the market busy too long.
	 */
	public static function save( WP_Post $source, $locale, $title, $content, $score ) {
		$lock = self::LOCK_PREFIX . md5( $source->ID . '|' . $locale );
		if ( ! self::acquire_lock( $lock ) ) {
			return new WP_Error(
				'frontier_draft_busy',
				/* translators: %s: locale such as es-AR. */
				sprintf( __( 'Another request is saving the %s version of this post; try again in a moment.', 'frontier' ), $locale ),
				array( 'status' => 409 )
			);
		}
		try {
			$existing = self::find( $source, $locale );
			if ( null === $existing ) {
				$created = self::create( $source, $locale, $title, $content, $score );
				return is_wp_error( $created ) ? $created : array_merge(
					array(
						'status'      => 'created',
						'post_status' => 'draft',
					),
					$created
				);
			}
			if ( in_array( $existing->post_status, self::LIVE_STATUSES, true ) ) {
				return array(
					'status'          => 'exists_published',
					'post_id'         => $existing->ID,
					'post_status'     => $existing->post_status,
					'language_plugin' => Multilingual::active_plugin(),
				);
			}
			return self::update( $existing, $source, $locale, $title, $content, $score );
		} finally {
			self::release_lock( $lock );
		}
	}

	/**
	 * The localized post of $source for $locale, trashed ones excepted: the one the multilingual plugin links
	 * as the translation, else the one whose meta names the source and market (a live one first, then the
	 * newest).
	 *
	 * @param WP_Post $source Source post.
	 * @param string  $locale Market locale.
	 * @return WP_Post|null
	 */
	public static function find( WP_Post $source, $locale ) {
		$linked = Multilingual::translation_of( $source->ID, $locale );
		if ( null !== $linked && $linked !== $source->ID ) {
			$post = get_post( $linked );
			if ( $post instanceof WP_Post && ! in_array( $post->post_status, array( 'trash', 'inherit' ), true ) ) {
				return $post;
			}
		}
		global $wpdb;
		// A direct query: WP_Query would be filtered by WPML's and Polylang's language of the current request.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$ids   = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT p.ID FROM {$wpdb->posts} p
				INNER JOIN {$wpdb->postmeta} s ON s.post_id = p.ID AND s.meta_key = %s AND s.meta_value = %s
				INNER JOIN {$wpdb->postmeta} l ON l.post_id = p.ID AND l.meta_key = %s AND l.meta_value = %s
				WHERE p.post_type = %s AND p.post_status NOT IN ('trash', 'inherit')
				ORDER BY p.ID DESC",
				Post_Meta::SOURCE_POST,
				(string) $source->ID,
				Post_Meta::LOCALE,
				$locale,
				$source->post_type
			)
		);
		$posts = array_values( array_filter( array_map( 'get_post', array_map( 'intval', $ids ) ) ) );
		foreach ( $posts as $post ) {
			if ( in_array( $post->post_status, self::LIVE_STATUSES, true ) ) {
				return $post;
			}
		}
		return $posts[0] ?? null;
	}

	/**
	 * Replaces the title and content of a localized post that is not live yet; WordPress keeps the previous
	 * version as a revision. Its author, status (an auto-draft becomes a draft), terms and edits to other
	 * fields stay; the language link is set again.
	 *
	 * @param WP_Post $post    The existing localized post.
	 * @param WP_Post $source  Source post.
	 * @param string  $locale  Market locale.
	 * @param string  $title   Localized title.
	 * @param string  $content Localized block markup.
	 * @param float   $score   The server's score.
	 * @return array{status: string, post_id: int, post_status: string, language_plugin: string|null}|WP_Error
	 */
	private static function update( WP_Post $post, WP_Post $source, $locale, $title, $content, $score ) {
		$status = 'auto-draft' === $post->post_status ? 'draft' : $post->post_status;
		// wp_update_post() unslashes its input like wp_insert_post(): slash it so block attributes keep their escapes.
		$updated = wp_update_post(
			wp_slash(
				array(
					'ID'           => $post->ID,
					'post_status'  => $status,
					'post_title'   => $title,
					'post_content' => $content,
					'meta_input'   => array(
						Post_Meta::SOURCE_POST => $source->ID,
						Post_Meta::LOCALE      => $locale,
						Post_Meta::SCORE       => $score,
					),
				)
			),
			true
		);
		if ( is_wp_error( $updated ) ) {
			$updated->add_data( array( 'status' => 500 ) );
			return $updated;
		}
		return array(
			'status'          => 'updated',
			'post_id'         => $post->ID,
			'post_status'     => $status,
			'language_plugin' => Multilingual::assign( $post->ID, $source->ID, $locale ),
		);
	}

	/**
	 * Takes the named lock, waiting up to LOCK_WAIT_SECONDS while another request holds it. The lock is a row
	 * in the options table claimed by `INSERT IGNORE` (the unique option name makes it atomic, as WordPress's
	 * own upgrader lock does; add_option() would overwrite); a lock older than LOCK_STALE_AFTER is taken over.
	 *
	 * @param string $name Option name.
	 * @return bool
	 */
	public static function acquire_lock( $name ) {
		global $wpdb;
		/**
		 * Seconds a request waits for another one saving the same source and market before it reports `busy`.
		 *
		 * @param float $seconds Default 10.
		 */
		$deadline = microtime( true ) + (float) apply_filters( 'frontier_drafts_lock_wait', self::LOCK_WAIT_SECONDS );
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$claimed = $wpdb->query(
				$wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $name, (string) time() )
			);
			if ( 1 === $claimed ) {
				return true;
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$since = (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) );
			if ( $since > 0 && $since < time() - self::LOCK_STALE_AFTER ) {
				// Only the request that sees the stale value takes it over.
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery
				$taken = $wpdb->query(
					$wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", (string) time(), $name, (string) $since )
				);
				if ( 1 === $taken ) {
					return true;
				}
			}
			usleep( 100000 );
		} while ( microtime( true ) < $deadline );
		return false;
	}

	/**
	 * Releases a lock taken by acquire_lock().
	 *
	 * @param string $name Option name.
	 */
	public static function release_lock( $name ) {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) );
	}

	/**
	 * Inserts a draft copy of $source with localized title and content (save() decides whether to).
	 *
	 * @param WP_Post $source  Source post.
	 * @param string  $locale  Market locale, e.g. es-AR.
	 * @param string  $title   Localized title.
	 * @param string  $content Localized block markup.
	 * @param float   $score   The server's score for this market.
	 * @return array{post_id: int, language_plugin: string|null}|WP_Error
	 */
	private static function create( WP_Post $source, $locale, $title, $content, $score ) {
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
