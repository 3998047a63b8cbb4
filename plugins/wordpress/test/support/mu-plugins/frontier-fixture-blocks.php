<?php
/**
 * Test site only: a custom static block whose text lives in comment attributes and in its saved HTML, so a
 * localization that changes one without the other makes the editor flag it as invalid.
 *
 * @package Frontier\WordPress
 */

add_action(
	'init',
	static function () {
		wp_register_script(
			'frontier-fixture-blocks',
			content_url( 'mu-plugins/frontier-fixture-blocks.js' ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor' ),
			'1',
			true
		);
		register_block_type( 'frontier-fixture/testimonial', array( 'editor_script' => 'frontier-fixture-blocks' ) );
	}
);

// What a site does for its own blocks: name the attributes that hold text, so Frontier localizes them too.
add_filter(
	'frontier_block_text_attributes',
	static function ( $attributes ) {
		$attributes['rich_text'][]  = 'quote';
		$attributes['plain_text'][] = 'author';
		return $attributes;
	}
);
