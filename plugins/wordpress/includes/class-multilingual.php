<?php
/**
 * Assigns a localized draft's language in WPML or Polylang when one of them is active, through their
 * documented public API only (hooks for WPML, pll_* functions for Polylang).
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Language assignment for multilingual plugins.
 */
final class Multilingual {

	/**
	 * Marks $post_id as the $locale translation of $source_id. Returns which plugin took it, or null.
	 *
	 * @param int    $post_id   The localized draft.
	 * @param int    $source_id The source post.
	 * @param string $locale    Market locale such as es-AR.
	 * @return string|null 'wpml', 'polylang' or null when neither is active or knows the language.
	 */
	public static function assign( $post_id, $source_id, $locale ) {
		$plugin = self::active_plugin();
		if ( 'wpml' === $plugin ) {
			return self::assign_wpml( $post_id, $source_id, $locale ) ? 'wpml' : null;
		}
		if ( 'polylang' === $plugin ) {
			return self::assign_polylang( $post_id, $source_id, $locale ) ? 'polylang' : null;
		}
		return null;
	}

	/**
	 * Which multilingual plugin assign() would use: 'wpml', 'polylang' or null.
	 *
	 * @return string|null
	 */
	public static function active_plugin() {
		if ( has_action( 'wpml_set_element_language_details' ) ) {
			return 'wpml';
		}
		if ( function_exists( 'pll_set_post_language' ) && function_exists( 'pll_languages_list' ) ) {
			return 'polylang';
		}
		return null;
	}

	/**
	 * The post that WPML or Polylang links as the $locale translation of $source_id, or null.
	 *
	 * @param int    $source_id The source post.
	 * @param string $locale    Market locale such as es-AR.
	 * @return int|null
	 */
	public static function translation_of( $source_id, $locale ) {
		$plugin = self::active_plugin();
		if ( 'wpml' === $plugin ) {
			$languages = apply_filters( 'wpml_active_languages', null, array( 'skip_missing' => 0 ) );
			$code      = self::match_language( is_array( $languages ) ? $languages : array(), $locale, 'default_locale', 'code' );
			if ( null === $code ) {
				return null;
			}
			// Without a translation WPML answers null (return_original_if_missing = false).
			$id = apply_filters( 'wpml_object_id', $source_id, get_post_type( $source_id ), false, $code );
			return is_numeric( $id ) && (int) $id !== (int) $source_id ? (int) $id : null;
		}
		if ( 'polylang' === $plugin && function_exists( 'pll_get_post_translations' ) ) {
			$slug         = self::polylang_slug( $locale );
			$translations = null === $slug ? array() : (array) pll_get_post_translations( $source_id );
			return isset( $translations[ $slug ] ) && (int) $translations[ $slug ] !== (int) $source_id ? (int) $translations[ $slug ] : null;
		}
		return null;
	}

	/**
	 * WordPress locale (es_AR) for a BCP 47 tag (es-AR).
	 *
	 * @param string $locale Tag.
	 * @return string
	 */
	public static function wp_locale( $locale ) {
		return str_replace( '-', '_', $locale );
	}

	/**
	 * WPML: find the active language whose default locale matches, then join the source's translation group.
	 *
	 * @param int    $post_id   Draft.
	 * @param int    $source_id Source.
	 * @param string $locale    Tag.
	 * @return bool
	 */
	private static function assign_wpml( $post_id, $source_id, $locale ) {
		$languages = apply_filters( 'wpml_active_languages', null, array( 'skip_missing' => 0 ) );
		$code      = self::match_language( is_array( $languages ) ? $languages : array(), $locale, 'default_locale', 'code' );
		if ( null === $code ) {
			return false;
		}
		$element_type = 'post_' . get_post_type( $source_id );
		$trid         = apply_filters( 'wpml_element_trid', null, $source_id, $element_type );
		$source_info  = apply_filters(
			'wpml_element_language_details',
			null,
			array(
				'element_id'   => $source_id,
				'element_type' => $element_type,
			)
		);
		do_action(
			'wpml_set_element_language_details',
			array(
				'element_id'           => $post_id,
				'element_type'         => $element_type,
				'trid'                 => $trid,
				'language_code'        => $code,
				'source_language_code' => is_object( $source_info ) && isset( $source_info->language_code ) ? $source_info->language_code : null,
			)
		);
		return true;
	}

	/**
	 * Polylang: set the language whose locale matches and link the draft to the source's translations.
	 *
	 * @param int    $post_id   Draft.
	 * @param int    $source_id Source.
	 * @param string $locale    Tag.
	 * @return bool
	 */
	private static function assign_polylang( $post_id, $source_id, $locale ) {
		$slug = self::polylang_slug( $locale );
		if ( null === $slug ) {
			return false;
		}
		pll_set_post_language( $post_id, $slug );
		if ( function_exists( 'pll_get_post_translations' ) && function_exists( 'pll_save_post_translations' ) ) {
			$translations          = pll_get_post_translations( $source_id );
			$translations[ $slug ] = $post_id;
			pll_save_post_translations( $translations );
		}
		return true;
	}

	/**
	 * Polylang: the slug of the language whose locale matches, or null.
	 *
	 * @param string $locale Tag.
	 * @return string|null
	 */
	private static function polylang_slug( $locale ) {
		$locales = pll_languages_list( array( 'fields' => 'locale' ) );
		$slugs   = pll_languages_list( array( 'fields' => 'slug' ) );
		$index   = array_search( self::wp_locale( $locale ), (array) $locales, true );
		return false === $index || ! isset( $slugs[ $index ] ) ? null : (string) $slugs[ $index ];
	}

	/**
	 * Finds a language entry by locale, preferring the exact region (es_AR) over the bare language (es).
	 *
	 * @param array<mixed> $languages  Entries.
	 * @param string       $locale     Tag.
	 * @param string       $locale_key Field holding the WordPress locale.
	 * @param string       $code_key   Field to return.
	 * @return string|null
	 */
	private static function match_language( array $languages, $locale, $locale_key, $code_key ) {
		$wanted = self::wp_locale( $locale );
		foreach ( $languages as $language ) {
			if ( is_array( $language ) && ( $language[ $locale_key ] ?? null ) === $wanted ) {
				return (string) $language[ $code_key ];
			}
		}
		return null;
	}
}
