<?php
/**
 * Stand-ins for Polylang's documented functions, recording how the plugin calls them.
 *
 * @package Frontier\WordPress
 */

// phpcs:disable Universal.Files.SeparateFunctionsFromOO, WordPress.NamingConventions.PrefixAllGlobals

/**
 * Languages as Polylang lists them.
 *
 * @param array<string, string> $args Arguments.
 * @return array<int, string>
 */
function pll_languages_list( $args = array() ) {
	return 'locale' === ( $args['fields'] ?? '' ) ? array( 'es_ES', 'es_MX' ) : array( 'es', 'mx' );
}

/**
 * Records the language assignment.
 *
 * @param int    $post_id Post.
 * @param string $slug    Language.
 */
function pll_set_post_language( $post_id, $slug ) {
	$GLOBALS['frontier_polylang_calls'][] = array( 'pll_set_post_language', $post_id, $slug );
}

/**
 * A post's translation group as last saved, or only itself in Spanish (Spain).
 *
 * @param int $post_id Post.
 * @return array<string, int>
 */
function pll_get_post_translations( $post_id ) {
	return $GLOBALS['frontier_polylang_groups'][ $post_id ] ?? array( 'es' => $post_id );
}

/**
 * Records the translation group and keeps it for each of its posts, as Polylang does.
 *
 * @param array<string, int> $translations Group.
 */
function pll_save_post_translations( $translations ) {
	$GLOBALS['frontier_polylang_calls'][] = array( 'pll_save_post_translations', $translations );
	foreach ( $translations as $post_id ) {
		$GLOBALS['frontier_polylang_groups'][ $post_id ] = $translations;
	}
}
