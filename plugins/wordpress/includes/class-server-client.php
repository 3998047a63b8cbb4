<?php
/**
 * Talks to the Frontier server over HTTP, server side, with an access token bought with the secret key (the key
 * itself goes only to POST /oauth/token). Every failure comes back as a WP_Error whose `status` is the HTTP
 * status the REST proxy should answer with.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

use WP_Error;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A small JSON client for the Frontier REST v1 contract.
 */
final class Server_Client {

	/**
	 * Base URL without a trailing slash, e.g. http://127.0.0.1:8787.
	 *
	 * @var string
	 */
	private $base_url;

	/**
	 * Secret key, exchanged for access tokens.
	 *
	 * @var string
	 */
	private $secret_key;

	/**
	 * Seconds before a request is abandoned.
	 *
	 * @var int
	 */
	private $timeout;

	/**
	 * The site's access tokens for this server and key.
	 *
	 * @var Access_Tokens
	 */
	private $tokens;

	/**
	 * Builds a client.
	 *
	 * @param string $base_url   Server URL.
	 * @param string $secret_key Secret key.
	 * @param int    $timeout    Seconds.
	 */
	public function __construct( $base_url, $secret_key, $timeout ) {
		$this->base_url   = untrailingslashit( $base_url );
		$this->secret_key = $secret_key;
		$this->timeout    = $timeout;
		$this->tokens     = new Access_Tokens( $this->base_url, $secret_key, $timeout );
	}

	/**
	 * A client configured from the saved settings.
	 *
	 * @return self
	 */
	public static function from_settings() {
		$settings = Settings::get();
		return new self( $settings['server_url'], Settings::secret_key(), $settings['timeout'] );
	}

	/**
	 * POSTs JSON to a path of the server and returns the decoded answer.
	 *
	 * @param string               $path e.g. /api/v1/localize.
	 * @param array<string, mixed> $body Request body.
	 * @return array<string, mixed>|WP_Error
	 */
	public function post( $path, array $body ) {
		if ( '' === $this->secret_key ) {
			return new WP_Error(
				'frontier_not_configured',
				__( 'Frontier is not configured: add the server URL and secret key in Settings › Frontier.', 'frontier' ),
				array( 'status' => 503 )
			);
		}

		$token      = $this->tokens->cached();
		$was_cached = null !== $token;
		if ( ! $was_cached ) {
			$token = $this->tokens->fetch();
			if ( is_wp_error( $token ) ) {
				return $token;
			}
		}

		$response = $this->send( $path, $body, $token );
		// A cached token the server refuses (expired early, signing key rotated) is replaced once and the call
		// retried once; a fresh token that is refused is the server's answer. A refused token is never kept.
		if ( self::refused( $response ) ) {
			Access_Tokens::forget();
			if ( $was_cached ) {
				$token = $this->tokens->fetch();
				if ( is_wp_error( $token ) ) {
					return $token;
				}
				$response = $this->send( $path, $body, $token );
				if ( self::refused( $response ) ) {
					Access_Tokens::forget();
				}
			}
		}

		return Upstream_Errors::decode( $response );
	}

	/**
	 * Whether the server refused the token of a call.
	 *
	 * @param array<string, mixed>|WP_Error $response What wp_remote_post returned.
	 * @return bool
	 */
	private static function refused( $response ) {
		return 401 === (int) wp_remote_retrieve_response_code( $response );
	}

	/**
	 * One POST with a bearer access token.
	 *
	 * @param string               $path  Path.
	 * @param array<string, mixed> $body  Request body.
	 * @param string               $token Access token.
	 * @return array<string, mixed>|WP_Error What wp_remote_post returned.
	 */
	private function send( $path, array $body, $token ) {
		return wp_remote_post(
			$this->base_url . $path,
			array(
				'timeout'     => $this->timeout,
				'redirection' => 0,
				'headers'     => array(
					'Authorization' => 'Bearer ' . $token,
					'Content-Type'  => 'application/json',
					'Accept'        => 'application/json',
				),
				'body'        => wp_json_encode( $body ),
			)
		);
	}
}
