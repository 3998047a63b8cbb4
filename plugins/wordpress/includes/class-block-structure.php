<?php
/**
 * The shape of serialized block markup with its text left out: block names, nesting, attribute keys and
 * non-text attribute values, HTML tags and attribute names. A localized document must keep the shape of its
 * source exactly, or the editor would flag its blocks as invalid.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Compares documents by shape.
 */
final class Block_Structure {

	/**
	 * Whether two serialized documents have the same shape.
	 *
	 * @param string $source    Original markup.
	 * @param string $localized Localized markup.
	 * @return bool
	 */
	public static function same_shape( $source, $localized ) {
		return self::shape( $source ) === self::shape( $localized );
	}

	/**
	 * The shape of a serialized document.
	 *
	 * @param string $content Block markup.
	 * @return array<int, array<string, mixed>>
	 */
	public static function shape( $content ) {
		return self::shape_of_blocks( parse_blocks( $content ) );
	}

	/**
	 * Shapes of parsed blocks; whitespace between blocks is not part of the shape.
	 *
	 * @param array<int, array<string, mixed>> $blocks From parse_blocks().
	 * @return array<int, array<string, mixed>>
	 */
	private static function shape_of_blocks( array $blocks ) {
		$shapes = array();
		foreach ( $blocks as $block ) {
			$html = (string) ( $block['innerHTML'] ?? '' );
			if ( null === $block['blockName'] && '' === trim( $html ) ) {
				continue;
			}
			$shapes[] = array(
				'name'  => $block['blockName'],
				'attrs' => self::without_text( $block['attrs'] ?? array() ),
				'html'  => self::tags( $html ),
				'inner' => self::shape_of_blocks( $block['innerBlocks'] ?? array() ),
			);
		}
		return $shapes;
	}

	/**
	 * Attribute values with every string emptied (strings may be translated; numbers, booleans and keys may not).
	 *
	 * @param mixed $value Attribute value.
	 * @return mixed
	 */
	private static function without_text( $value ) {
		if ( is_string( $value ) ) {
			return '';
		}
		if ( is_array( $value ) ) {
			return array_map( array( self::class, 'without_text' ), $value );
		}
		return $value;
	}

	/**
	 * The tags of an HTML fragment, each as its name and attribute names.
	 *
	 * @param string $html Fragment.
	 * @return array<int, string>
	 */
	private static function tags( $html ) {
		preg_match_all( '/<(\/?[a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/', $html, $matches, PREG_SET_ORDER );
		$tags = array();
		foreach ( $matches as $match ) {
			preg_match_all( '/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=/', $match[2], $names );
			$tags[] = strtolower( $match[1] ) . ' ' . implode( ' ', $names[1] );
		}
		return $tags;
	}
}
