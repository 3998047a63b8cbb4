<?php
/**
 * The secret key is exchanged for an access token (POST /oauth/token), cached, refreshed and never sent on
 * content calls.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Access_Tokens;
use Frontier\WordPress\Settings;

/**
 * Token exchange, cache, refresh and retry.
 */
final class AccessTokenTest extends Rest_Test_Case {

	protected function setUp(): void {
		parent::setUp();
		$this->act_as( 'editor' );
	}

	public function test_the_key_buys_one_token_that_every_call_reuses() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/validate', $this->validation() ) );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation( 'gafas de sol' ) ) );

		$exchanges = $this->exchanges();
		$this->assertCount( 1, $exchanges, 'one exchange for three calls' );
		$exchange = $exchanges[0]['args'];
		$this->assertSame( 'Basic ' . base64_encode( getenv( 'FRONTIER_SERVER_SECRET' ) . ':' ), $exchange['headers']['Authorization'] );
		$this->assertSame( 'application/x-www-form-urlencoded', $exchange['headers']['Content-Type'] );
		$this->assertSame(
			array(
				'grant_type' => 'client_credentials',
				'scope'      => 'content:read content:write',
			),
			$exchange['body']
		);

		$calls = $this->content_calls();
		$this->assertCount( 3, $calls );
		$bearers = array_unique( array_map( array( $this, 'authorization' ), $calls ) );
		$this->assertCount( 1, $bearers, 'the same token on every call' );
		$this->assertMatchesRegularExpression( '/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/', $bearers[0] );
	}

	public function test_the_secret_key_never_travels_on_content_calls() {
		$secret = (string) getenv( 'FRONTIER_SERVER_SECRET' );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/validate', $this->validation() ) );
		$this->expire_cached_token();
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );

		$this->assertCount( 3, $this->content_calls() );
		foreach ( $this->content_calls() as $call ) {
			$this->assertStringNotContainsString( $secret, wp_json_encode( $call['args']['headers'] ), $call['url'] );
			$this->assertStringNotContainsString( $secret, (string) $call['args']['body'], $call['url'] );
			$this->assertStringNotContainsString( $secret, $call['url'] );
		}
	}

	public function test_the_token_is_cached_without_autoload_until_a_minute_before_it_expires() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$stored = get_transient( Access_Tokens::TRANSIENT );
		$this->assertIsArray( $stored );
		$this->assertSame( 'Bearer ' . $stored['token'], $this->authorization( $this->content_calls()[0] ) );
		// The server's tokens live 900 s.
		$this->assertEqualsWithDelta( time() + 840, $stored['expires_at'], 5 );
		$this->assertStringNotContainsString( (string) getenv( 'FRONTIER_SERVER_SECRET' ), wp_json_encode( $stored ) );

		if ( ! wp_using_ext_object_cache() ) {
			global $wpdb;
			$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", '_transient_' . Access_Tokens::TRANSIENT ) );
			$this->assertContains( $autoload, array( 'no', 'off' ), 'the token is not loaded on every page' );
			$this->assertEqualsWithDelta( time() + 840, (int) get_option( '_transient_timeout_' . Access_Tokens::TRANSIENT ), 5 );
		}
	}

	public function test_an_expired_token_is_replaced_before_the_call() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->expire_cached_token();
		// The server's tokens are JWTs stamped to the second: one bought in the same second would be the same.
		sleep( 1 );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );

		$this->assertCount( 2, $this->exchanges(), 'one exchange at first, one after expiry' );
		$this->assertSame( array( '/oauth/token', '/api/v1/generate-content', '/oauth/token', '/api/v1/generate-content', '/api/v1/generate-content' ), $this->paths() );
		$bearers = array_map( array( $this, 'authorization' ), $this->content_calls() );
		$this->assertNotSame( $bearers[0], $bearers[1], 'a new token after expiry' );
		$this->assertSame( $bearers[1], $bearers[2], 'the new token is cached in turn' );
	}

	public function test_a_refused_cached_token_is_replaced_once_and_the_call_retried_once() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$stored          = get_transient( Access_Tokens::TRANSIENT );
		$stored['token'] = 'fake-at.from-a-rotated-signing-key';
		set_transient( Access_Tokens::TRANSIENT, $stored, 600 );
		$this->outgoing = array();

		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
		$this->assertAnswer( 200, null, $response );
		$this->assertSame( array( '/api/v1/generate-content', '/oauth/token', '/api/v1/generate-content' ), $this->paths() );
		$this->assertSame( 'Bearer fake-at.from-a-rotated-signing-key', $this->authorization( $this->outgoing[0] ) );
		$this->assertSame( 'Bearer ' . get_transient( Access_Tokens::TRANSIENT )['token'], $this->authorization( $this->outgoing[2] ) );
	}

	public function test_a_token_the_server_keeps_refusing_is_retried_once_and_no_more() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->outgoing = array();

		// Every token reaches the server with its signature spoiled on the way, so the server refuses each.
		$spoil = static function ( $args, $url ) {
			if ( false !== strpos( $url, '/api/v1/' ) ) {
				$args['headers']['Authorization'] .= 'x';
			}
			return $args;
		};
		add_filter( 'http_request_args', $spoil, 10, 2 );
		try {
			$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
			$this->assertAnswer( 401, 'frontier_upstream_rejected', $response );
			$this->assertSame( 'unauthenticated', $response->get_data()['data']['upstream_code'] );
			$this->assertSame( array( '/api/v1/generate-content', '/oauth/token', '/api/v1/generate-content' ), $this->paths() );

			// A token bought for this very call that is refused is the server's answer: no second exchange.
			$this->outgoing = array();
			$response       = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
			$this->assertAnswer( 401, 'frontier_upstream_rejected', $response );
			$this->assertSame( array( '/oauth/token', '/api/v1/generate-content' ), $this->paths() );
			$this->assertFalse( get_transient( Access_Tokens::TRANSIENT ), 'a refused token is not kept' );
		} finally {
			remove_filter( 'http_request_args', $spoil, 10 );
		}
	}

	public function test_a_changed_key_does_not_reuse_the_cached_token() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->outgoing = array();
		// Stored as the Settings API would, without going through Settings::save_secret_key.
		update_option( Settings::SECRET_OPTION, 'fk_live_another_key', false );

		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
		$this->assertAnswer( 401, 'frontier_upstream_rejected', $response );
		$this->assertSame( array( '/oauth/token' ), $this->paths(), 'the new key is exchanged, the old token ignored' );
		$this->assertSame( 'Basic ' . base64_encode( 'fk_live_another_key:' ), $this->authorization( $this->outgoing[0] ) );
	}

	public function test_an_exchange_that_times_out_is_a_504() {
		// A server that accepts the connection and never answers.
		Settings::save(
			array(
				'server_url' => getenv( 'FRONTIER_HUNG_URL' ),
				'timeout'    => 1,
			)
		);
		$started  = microtime( true );
		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
		$this->assertAnswer( 504, 'frontier_upstream_timeout', $response );
		$this->assertLessThan( 2.5, microtime( true ) - $started, 'gave up after the configured timeout' );
		$this->assertSame( array( '/oauth/token' ), $this->paths() );
	}

	public function test_an_exchange_that_fails_is_a_502() {
		// The server cannot fail an exchange on demand: its answer is replaced by a 500 at the HTTP API.
		$failure = static function ( $preempt, $args, $url ) {
			if ( false === strpos( $url, '/oauth/token' ) ) {
				return $preempt;
			}
			return array(
				'headers'  => array( 'content-type' => 'application/json' ),
				'body'     => '{"error":{"code":"internal","message":"Something broke"}}',
				'response' => array(
					'code'    => 500,
					'message' => 'Internal Server Error',
				),
				'cookies'  => array(),
			);
		};
		add_filter( 'pre_http_request', $failure, 10, 3 );
		try {
			$this->assertAnswer( 502, 'frontier_upstream_failed', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		} finally {
			remove_filter( 'pre_http_request', $failure, 10 );
		}
		$this->assertFalse( get_transient( Access_Tokens::TRANSIENT ) );
	}

	public function test_the_token_is_not_in_the_settings_an_admin_reads() {
		$this->assertAnswer( 200, null, $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$token = get_transient( Access_Tokens::TRANSIENT )['token'];
		$this->act_as( 'admin' );
		$response = $this->rest( 'GET', '/frontier/v1/settings' );
		$this->assertAnswer( 200, null, $response );
		$this->assertStringNotContainsString( $token, wp_json_encode( $response->get_data() ) );
	}

	/**
	 * Makes the cached token look as if its time were up.
	 */
	private function expire_cached_token() {
		$stored = get_transient( Access_Tokens::TRANSIENT );
		$this->assertIsArray( $stored );
		$stored['expires_at'] = time() - 1;
		set_transient( Access_Tokens::TRANSIENT, $stored, 600 );
	}

	/**
	 * The recorded token exchanges.
	 *
	 * @return array<int, array{url: string, args: array<string, mixed>}>
	 */
	private function exchanges() {
		return array_values( array_diff_key( $this->outgoing, $this->content_calls_by_index() ) );
	}

	/**
	 * Content calls keyed by their index in the record.
	 *
	 * @return array<int, array{url: string, args: array<string, mixed>}>
	 */
	private function content_calls_by_index() {
		$prefix = getenv( 'FRONTIER_SERVER_URL' ) . '/oauth/token';
		return array_filter(
			$this->outgoing,
			static function ( $request ) use ( $prefix ) {
				return $prefix !== $request['url'];
			}
		);
	}

	/**
	 * Paths of the recorded requests, in order.
	 *
	 * @return array<int, string>
	 */
	private function paths() {
		return array_map(
			static function ( $request ) {
				return (string) wp_parse_url( $request['url'], PHP_URL_PATH );
			},
			$this->outgoing
		);
	}

	/**
	 * The Authorization header of a recorded request.
	 *
	 * @param array{url: string, args: array<string, mixed>} $request Recorded request.
	 * @return string
	 */
	private function authorization( array $request ) {
		return (string) $request['args']['headers']['Authorization'];
	}

	/**
	 * A validation request body.
	 *
	 * @return array<string, mixed>
	 */
	private function validation() {
		return array(
			'content' => 'Hola a todos',
			'locale'  => 'es-MX',
		);
	}
}
