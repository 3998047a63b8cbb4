<?php
/**
 * Talks to the Frontier server over HTTP, server side, with the secret key. Every failure comes back as a
 * WP_Error whose `status` is the HTTP status the REST proxy should answer with.
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
	 * Secret key sent as a bearer token.
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

		$response = wp_remote_post(
			$this->base_url . $path,
			array(
				'timeout'     => $this->timeout,
				'redirection' => 0,
				'headers'     => array(
					'Authorization' => 'Bearer ' . $this->secret_key,
					'Content-Type'  => 'application/json',
					'Accept'        => 'application/json',
				),
				'body'        => wp_json_encode( $body ),
			)
		);

		return Upstream_Errors::decode( $response );
	}
}
