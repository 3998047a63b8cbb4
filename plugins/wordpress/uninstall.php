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

// Locks of POST /drafts are deleted when each request ends; a request that died may have left one behind.
global $wpdb;
// phpcs:ignore WordPress.DB.DirectDatabaseQuery
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'frontier_drafts_lock_' ) . '%' ) );
