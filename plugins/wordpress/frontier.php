<?php
/**
 * Plugin Name:       Frontier
 * Plugin URI:        https://github.com/frontier-ai/frontier
 * Description:       Write and localize marketing copy for Latin American markets inside the block editor.
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      7.4
 * Author:            Frontier contributors
 * License:           Apache-2.0
 * License URI:       https://www.apache.org/licenses/LICENSE-2.0
 * Text Domain:       frontier
 * Domain Path:       /languages
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/autoload.php';

add_action( 'plugins_loaded', array( Plugin::class, 'boot' ) );
