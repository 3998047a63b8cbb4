<?php
/**
 * Test helper run with the PHP CLI against the test site: `php wp-tool.php <wordpress dir> <command> [args]`.
 * Prints JSON. Commands: install, install-plugin <zip>, activate <plugin>, configure <json>, create-post <json>,
 * parse-blocks <post id>, post <post id>.
 *
 * @package Frontier\WordPress
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- WordPress's installer reads these globals.

$wp_root = $argv[1];
$command = $argv[2];
$args    = array_slice( $argv, 3 );

define( 'WP_INSTALLING', 'install' === $command );
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'FRONTIER_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'FRONTIER_WP_URL' ), PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

require $wp_root . '/wp-load.php';

/**
 * Prints a JSON answer and stops.
 *
 * @param mixed $value Answer.
 */
function frontier_tool_answer( $value ) {
	echo wp_json_encode( $value );
	exit( 0 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$users  = json_decode( $args[0], true );
		$result = wp_install( 'Frontier test', 'admin', 'admin@example.test', false, '', $users['admin'] );
		foreach ( array( 'editor', 'subscriber' ) as $role ) {
			$user_id = wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $users[ $role ],
					'user_email' => $role . '@example.test',
					'role'       => $role,
				)
			);
			// No welcome guide in the editor tests.
			update_user_meta(
				$user_id,
				$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
				array(
					'core/edit-post' => array( 'welcomeGuide' => false ),
					'core'           => array( 'enableChoosePatternModal' => false ),
					'_modified'      => gmdate( 'c' ),
				)
			);
		}
		update_option( 'WPLANG', '' );
		// Avatars would be fetched from an outside service.
		update_option( 'show_avatars', 0 );
		frontier_tool_answer( array( 'user_id' => $result['user_id'] ) );
		break;

	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		WP_Filesystem();
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $args[0] );
		frontier_tool_answer(
			array(
				'installed' => true === $result,
				'plugin'    => $upgrader->plugin_info(),
				'messages'  => $upgrader->skin->get_upgrade_messages(),
			)
		);
		break;

	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( $args[0] );
		frontier_tool_answer(
			array(
				'active' => is_plugin_active( $args[0] ),
				'error'  => is_wp_error( $result ) ? $result->get_error_message() : null,
			)
		);
		break;

	case 'configure':
		$values = json_decode( $args[0], true );
		\Frontier\WordPress\Settings::save( $values['settings'] );
		\Frontier\WordPress\Settings::save_secret_key( $values['secret_key'] );
		frontier_tool_answer( \Frontier\WordPress\Settings::get() );
		break;

	case 'create-post':
		$post                = json_decode( file_get_contents( $args[0] ), true );
		$post['post_author'] = get_user_by( 'login', $post['author_login'] )->ID;
		unset( $post['author_login'] );
		$post_id = wp_insert_post( wp_slash( $post ), true );
		frontier_tool_answer( array( 'post_id' => $post_id ) );
		break;

	case 'parse-blocks':
		frontier_tool_answer( parse_blocks( get_post( (int) $args[0] )->post_content ) );
		break;

	case 'post':
		$post = get_post( (int) $args[0] );
		frontier_tool_answer(
			array(
				'title'   => $post->post_title,
				'status'  => $post->post_status,
				'content' => $post->post_content,
				'meta'    => array(
					'source' => get_post_meta( $post->ID, '_frontier_source_post', true ),
					'locale' => get_post_meta( $post->ID, '_frontier_locale', true ),
				),
			)
		);
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
