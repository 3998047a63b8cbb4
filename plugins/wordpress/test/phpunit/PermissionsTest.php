<?php
/**
 * Who may call which route, and the nonce that cookie authentication requires.
 *
 * @package Frontier\WordPress
 */

/**
 * Permission callbacks and nonces.
 */
final class PermissionsTest extends Rest_Test_Case {

	public function test_every_route_declares_a_capability_check() {
		$routes = array_filter(
			rest_get_server()->get_routes(),
			static function ( $route ) {
				return 0 === strpos( $route, '/frontier/v1/' );
			},
			ARRAY_FILTER_USE_KEY
		);
		$this->assertSame(
			array( '/frontier/v1/generate', '/frontier/v1/localize', '/frontier/v1/validate', '/frontier/v1/drafts', '/frontier/v1/settings' ),
			array_keys( $routes )
		);
		foreach ( $routes as $route => $handlers ) {
			foreach ( $handlers as $handler ) {
				$this->assertIsCallable( $handler['permission_callback'], $route );
				$this->assertNotSame( '__return_true', $handler['permission_callback'], $route );
			}
		}
	}

	public function test_anonymous_requests_are_refused_with_401() {
		$this->assertAnswer( 401, 'frontier_forbidden', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer( 401, 'frontier_forbidden', $this->rest( 'GET', '/frontier/v1/settings' ) );
		$this->assertSame( array(), $this->outgoing, 'nothing was forwarded' );
	}

	public function test_a_subscriber_is_refused_every_route() {
		$this->act_as( 'subscriber' );
		$this->assertAnswer( 403, 'frontier_forbidden', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer(
			403,
			'frontier_forbidden',
			$this->rest(
				'POST',
				'/frontier/v1/localize',
				array(
					'content'        => 'Hola',
					'source_locale'  => 'es-ES',
					'target_locales' => array( 'es-MX' ),
				)
			)
		);
		$this->assertAnswer(
			403,
			'frontier_forbidden',
			$this->rest(
				'POST',
				'/frontier/v1/validate',
				array(
					'content' => 'Hola',
					'locale'  => 'es-MX',
				)
			)
		);
		$this->assertAnswer( 403, 'frontier_forbidden', $this->rest( 'GET', '/frontier/v1/settings' ) );
		$this->assertSame( array(), $this->outgoing, 'nothing was forwarded' );
	}

	public function test_an_editor_may_generate_but_not_touch_settings() {
		$this->act_as( 'editor' );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer( 403, 'frontier_forbidden', $this->rest( 'GET', '/frontier/v1/settings' ) );
		$this->assertAnswer( 403, 'frontier_forbidden', $this->rest( 'POST', '/frontier/v1/settings', array( 'timeout' => 5 ) ) );
	}

	public function test_a_contributor_cannot_make_drafts_of_someone_elses_post() {
		$contributor = get_user_by( 'login', 'contributor' );
		if ( ! $contributor ) {
			wp_insert_user(
				array(
					'user_login' => 'contributor',
					'user_pass'  => wp_generate_password(),
					'role'       => 'contributor',
				)
			);
		}
		$admin   = get_user_by( 'login', 'admin' );
		$post_id = wp_insert_post(
			array(
				'post_title'   => 'Ajeno',
				'post_content' => '<!-- wp:paragraph --><p>Hola</p><!-- /wp:paragraph -->',
				'post_status'  => 'publish',
				'post_author'  => $admin->ID,
			)
		);
		$this->act_as( 'contributor' );
		$this->assertAnswer(
			403,
			'frontier_forbidden',
			$this->rest(
				'POST',
				'/frontier/v1/drafts',
				array(
					'post_id'        => $post_id,
					'source_locale'  => 'es-ES',
					'target_locales' => array( 'es-MX' ),
				)
			)
		);
		wp_delete_post( $post_id, true );
	}

	public function test_cookie_authentication_without_a_nonce_is_anonymous() {
		$this->act_as( 'editor' );
		$GLOBALS['wp_rest_auth_cookie'] = true;
		$this->assertAnswer( 401, 'frontier_forbidden', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertSame( 0, get_current_user_id() );
	}

	public function test_cookie_authentication_with_a_bad_nonce_is_refused() {
		$this->act_as( 'editor' );
		$GLOBALS['wp_rest_auth_cookie'] = true;
		$_SERVER['HTTP_X_WP_NONCE']     = 'not-a-nonce';
		$this->assertAnswer( 403, 'rest_cookie_invalid_nonce', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
	}

	public function test_cookie_authentication_with_the_rest_nonce_is_allowed() {
		$this->act_as( 'editor' );
		$GLOBALS['wp_rest_auth_cookie'] = true;
		$_SERVER['HTTP_X_WP_NONCE']     = wp_create_nonce( 'wp_rest' );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
	}
}
