<?php
/**
 * Test site only: widens (by a second) the window between "no localized post yet" and the insert, for sources whose title
 * ends with "(slow insert)", so two requests at once would both insert a draft unless the plugin serializes them.
 *
 * @package Frontier\WordPress
 */

add_filter(
	'wp_insert_post_data',
	static function ( $data, $postarr, $unsanitized, $update ) {
		$source_id = (int) ( $postarr['meta_input']['_frontier_source_post'] ?? 0 );
		if ( ! $update && $source_id > 0 && str_ends_with( (string) get_post_field( 'post_title', $source_id ), '(slow insert)' ) ) {
			usleep( 1000000 );
		}
		return $data;
	},
	10,
	4
);
