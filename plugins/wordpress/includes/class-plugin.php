<?php
/**
 * Wires the plugin's parts to WordPress hooks.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Entry point: one place that says which hook runs what.
 */
final class Plugin {

	/**
	 * Registers every hook. Runs on `plugins_loaded`.
	 */
	public static function boot() {
		add_action( 'init', array( self::class, 'load_textdomain' ) );
		add_action( 'init', array( Post_Meta::class, 'register' ) );
		add_action( 'init', array( Editor_Assets::class, 'register_blocks' ) );
		add_action( 'init', array( Shortcode::class, 'register' ) );
		add_action( 'enqueue_block_editor_assets', array( Editor_Assets::class, 'enqueue_localize_panel' ) );
		add_action( 'rest_api_init', array( self::class, 'register_routes' ) );

		if ( is_admin() ) {
			add_action( 'admin_menu', array( Settings_Page::class, 'add_page' ) );
			add_action( 'admin_init', array( Settings::class, 'register' ) );
		}
	}

	/**
	 * Loads the PHP translations shipped in languages/.
	 */
	public static function load_textdomain() {
		load_plugin_textdomain( 'frontier', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}

	/**
	 * Registers the frontier/v1 routes; each request gets a client built from the saved settings.
	 */
	public static function register_routes() {
		$controller = new Rest_Controller( array( Server_Client::class, 'from_settings' ) );
		$controller->register_routes();
	}
}
