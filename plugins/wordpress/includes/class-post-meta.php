<?php
/**
 * Post meta that links a localized draft to its source.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the meta keys, readable in the editor through the REST API.
 */
final class Post_Meta {

	const SOURCE_POST = '_frontier_source_post';
	const LOCALE      = '_frontier_locale';
	const SCORE       = '_frontier_score';

	/**
	 * Registers the meta for every post type that shows in REST.
	 */
	public static function register() {
		$can_edit = static function () {
			return current_user_can( 'edit_posts' );
		};
		$keys     = array(
			self::SOURCE_POST => 'integer',
			self::LOCALE      => 'string',
			self::SCORE       => 'number',
		);
		foreach ( $keys as $key => $type ) {
			register_post_meta(
				'',
				$key,
				array(
					'type'          => $type,
					'single'        => true,
					'show_in_rest'  => true,
					'auth_callback' => $can_edit,
				)
			);
		}
	}
}
