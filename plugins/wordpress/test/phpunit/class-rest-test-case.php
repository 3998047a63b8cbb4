<?php
/**
 * Shared helpers: users, REST dispatch as WordPress's server does it (authentication filters first), settings
 * restored after each test, and a record of outgoing HTTP requests.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Access_Tokens;
use Frontier\WordPress\Settings;
use PHPUnit\Framework\TestCase;

/**
 * Base class for the plugin's PHPUnit tests.
 */
abstract class Rest_Test_Case extends TestCase {

	/**
	 * Outgoing requests seen by the HTTP API during the test: url and args.
	 *
	 * @var array<int, array{url: string, args: array<string, mixed>}>
	 */
	protected $outgoing = array();

	/**
	 * Saved settings, restored after the test.
	 *
	 * @var array<string, mixed>
	 */
	private $saved_settings;

	/**
	 * Saved secret, restored after the test.
	 *
	 * @var string
	 */
	private $saved_secret;

	/**
	 * Records outgoing requests.
	 *
	 * @var callable
	 */
	private $recorder;

	protected function setUp(): void {
		parent::setUp();
		$this->saved_settings = Settings::get();
		$this->saved_secret   = Settings::secret_key();
		$this->outgoing       = array();
		Access_Tokens::forget();
		$this->recorder       = function ( $response, $context, $transport, $args, $url ) {
			$this->outgoing[] = array(
				'url'  => $url,
				'args' => $args,
			);
		};
		add_action( 'http_api_debug', $this->recorder, 10, 5 );
		$GLOBALS['wp_rest_auth_cookie'] = false;
		unset( $_SERVER['HTTP_X_WP_NONCE'], $_REQUEST['_wpnonce'] );
		wp_set_current_user( 0 );
	}

	protected function tearDown(): void {
		remove_action( 'http_api_debug', $this->recorder, 10 );
		Settings::save( $this->saved_settings );
		Settings::save_secret_key( $this->saved_secret );
		wp_set_current_user( 0 );
		parent::tearDown();
	}

	/**
	 * Logs in as one of the test site's users.
	 *
	 * @param string $login User login.
	 */
	protected function act_as( $login ) {
		$user = get_user_by( 'login', $login );
		$this->assertNotFalse( $user, "user $login exists" );
		wp_set_current_user( $user->ID );
	}

	/**
	 * Dispatches a REST request the way WP_REST_Server::serve_request does: authentication errors first.
	 *
	 * @param string               $method HTTP method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $body   JSON body.
	 * @return WP_REST_Response
	 */
	protected function rest( $method, $route, array $body = array() ) {
		$server = rest_get_server();
		$error  = apply_filters( 'rest_authentication_errors', null );
		if ( is_wp_error( $error ) ) {
			return rest_convert_error_to_response( $error );
		}
		$request = new WP_REST_Request( $method, $route );
		if ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		return rest_do_request( $request );
	}

	/**
	 * The recorded calls other than token exchanges.
	 *
	 * @return array<int, array{url: string, args: array<string, mixed>}>
	 */
	protected function content_calls() {
		return array_values(
			array_filter(
				$this->outgoing,
				static function ( $request ) {
					return getenv( 'FRONTIER_SERVER_URL' ) . '/oauth/token' !== $request['url'];
				}
			)
		);
	}

	/**
	 * Points the plugin at another server: FRONTIER_MODEL_DOWN or FRONTIER_MODEL_SLOW, with the site's key there.
	 *
	 * @param string $name Prefix of the server's URL and secret variables.
	 */
	protected function use_server( $name ) {
		Settings::save( array( 'server_url' => getenv( $name . '_URL' ) ) );
		Settings::save_secret_key( (string) getenv( $name . '_SECRET' ) );
	}

	/**
	 * Asserts a response status and, for errors, its code.
	 *
	 * @param int              $status   Expected status.
	 * @param string|null      $code     Expected error code.
	 * @param WP_REST_Response $response Response.
	 */
	protected function assertAnswer( $status, $code, WP_REST_Response $response ) {
		$data = $response->get_data();
		$this->assertSame( $status, $response->get_status(), wp_json_encode( $data ) );
		if ( null !== $code ) {
			$this->assertSame( $code, $data['code'] ?? null, wp_json_encode( $data ) );
		}
	}

	/**
	 * A generation request body.
	 *
	 * @param string $prompt Prompt (what the copy is about).
	 * @return array<string, mixed>
	 */
	protected function generation( $prompt = 'zapatillas de running' ) {
		return array(
			'prompt' => $prompt,
			'market' => 'es-MX',
			'tone'   => 'friendly',
			'length' => 'short',
		);
	}
}
