<?php
/**
 * Shape comparison of block markup.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Block_Structure;
use PHPUnit\Framework\TestCase;

/**
 * Block_Structure.
 */
final class BlockStructureTest extends TestCase {

	const SOURCE = '<!-- wp:button {"url":"http://127.0.0.1/x","text":"Compra"} --><div class="wp-block-button"><a class="wp-block-button__link" href="http://127.0.0.1/x">Compra</a></div><!-- /wp:button -->';

	public function test_text_may_change() {
		$this->assertTrue( Block_Structure::same_shape( self::SOURCE, str_replace( 'Compra', 'Comprá', self::SOURCE ) ) );
	}

	public function test_a_non_text_attribute_may_not_change() {
		$this->assertFalse( Block_Structure::same_shape( '<!-- wp:image {"id":7} /-->', '<!-- wp:image {"id":8} /-->' ) );
	}

	public function test_tags_and_their_attributes_may_not_change() {
		$this->assertFalse( Block_Structure::same_shape( self::SOURCE, str_replace( '<a class', '<a rel="nofollow" class', self::SOURCE ) ) );
		$this->assertFalse( Block_Structure::same_shape( self::SOURCE, str_replace( 'Compra</a>', '<strong>Compra</strong></a>', self::SOURCE ) ) );
	}

	public function test_blocks_may_not_be_added_or_dropped() {
		$this->assertFalse( Block_Structure::same_shape( self::SOURCE, self::SOURCE . self::SOURCE ) );
		$this->assertFalse( Block_Structure::same_shape( self::SOURCE, '' ) );
	}

	public function test_whitespace_between_blocks_does_not_count() {
		$this->assertTrue( Block_Structure::same_shape( self::SOURCE . self::SOURCE, self::SOURCE . "\n\n" . self::SOURCE ) );
	}
}
