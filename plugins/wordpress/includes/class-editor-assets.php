<?php
/**
 * Registers the blocks (from their block.json) and the "Localize for market" panel, with their translations.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Editor scripts and blocks.
 */
final class Editor_Assets {

	const PANEL_HANDLE = 'frontier-localize-panel';

	/**
	 * Path of the build directory.
	 *
	 * @param string $relative Path inside build/.
	 * @return string
	 */
	private static function build_path( $relative ) {
		return plugin_dir_path( PLUGIN_FILE ) . 'build/' . $relative;
	}

	/**
	 * Registers the blocks built into build/ and points their scripts at our translations.
	 */
	public static function register_blocks() {
		foreach ( array( 'copy', 'localized' ) as $block ) {
			$type = register_block_type( self::build_path( $block ) );
			if ( ! $type ) {
				continue;
			}
			foreach ( $type->editor_script_handles as $handle ) {
				wp_set_script_translations( $handle, 'frontier', self::languages_path() );
			}
		}
	}

	/**
	 * Enqueues the document panel in the block editor.
	 */
	public static function enqueue_localize_panel() {
		$asset_file = self::build_path( 'localize-panel/index.asset.php' );
		$screen     = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		// Posts and pages only: the widgets and site editors have no post to localize.
		if ( ! is_readable( $asset_file ) || ! $screen || 'post' !== $screen->base ) {
			return;
		}
		$asset = require $asset_file;
		wp_enqueue_script(
			self::PANEL_HANDLE,
			plugins_url( 'build/localize-panel/index.js', PLUGIN_FILE ),
			$asset['dependencies'],
			$asset['version'],
			true
		);
		wp_set_script_translations( self::PANEL_HANDLE, 'frontier', self::languages_path() );
		wp_add_inline_script(
			self::PANEL_HANDLE,
			'window.frontierEditor = ' . wp_json_encode( array( 'sourceLocale' => Settings::get()['source_locale'] ) ) . ';',
			'before'
		);
	}

	/**
	 * Where the compiled translations live.
	 *
	 * @return string
	 */
	private static function languages_path() {
		return plugin_dir_path( PLUGIN_FILE ) . 'languages';
	}
}
