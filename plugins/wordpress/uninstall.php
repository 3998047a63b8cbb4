<?php
/**
 * Removes Frontier's options when the plugin is deleted. Posts, drafts and their meta stay: they are content.
 *
 * @package Frontier\WordPress
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'frontier_settings' );
delete_option( 'frontier_secret_key' );
delete_transient( 'frontier_access_token' );
