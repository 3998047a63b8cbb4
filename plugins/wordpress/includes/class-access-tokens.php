<?php
/**
 * Exchanges the secret key for a short-lived access token (OAuth 2.0 client credentials, RFC 6749 §4.4) and
 * keeps it in a transient until shortly before it expires, so content calls carry the token, never the key.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

use WP_Error;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The access-token cache of one site.
 */
final class Access_Tokens {

	/**
	 * One transient per site. It holds the token, its expiry and a fingerprint of the server URL and secret key
	 * that bought it: a token bought with another key or for another server is ignored and replaced.
	 */
	const TRANSIENT = 'frontier_access_token';

	/**
	 * What the plugin's calls need (generate-content and localize need content:write, validate content:read);
	 * a leaked token can do nothing else.
	 */
	const SCOPE = 'content:read content:write';

	/**
	 * Seconds before the token's expiry at which it is no longer used, so a call never starts with a token about
	 * to expire in flight.
	 */
	const EXPIRY_MARGIN = 60;

	/**
	 * Base URL without a trailing slash.
	 *
	 * @var string
	 */
	private $base_url;

	/**
	 * Secret key, sent only to POST /oauth/token.
	 *
	 * @var string
	 */
	private $secret_key;

	/**
	 * Seconds before the exchange is abandoned.
	 *
	 * @var int
	 */
	private $timeout;

	/**
	 * Builds the cache for one server and key.
	 *
	 * @param string $base_url   Server URL without a trailing slash.
	 * @param string $secret_key Secret key.
	 * @param int    $timeout    Seconds.
	 */
	public function __construct( $base_url, $secret_key, $timeout ) {
		$this->base_url   = $base_url;
		$this->secret_key = $secret_key;
		$this->timeout    = $timeout;
	}

	/**
	 * The cached token when it is still good for this server and key, else null.
	 *
	 * @return string|null
	 */
	public function cached() {
		$stored = get_transient( self::TRANSIENT );
		if ( ! is_array( $stored ) || ! isset( $stored['token'], $stored['expires_at'], $stored['fingerprint'] ) ) {
			return null;
		}
		if ( ! hash_equals( $this->fingerprint(), (string) $stored['fingerprint'] ) || (int) $stored['expires_at'] <= time() ) {
			return null;
		}
		return is_string( $stored['token'] ) && '' !== $stored['token'] ? $stored['token'] : null;
	}

	/**
	 * Buys a new token with the secret key and caches it.
	 *
	 * @return string|WP_Error The token, or the exchange's failure mapped as for any upstream call.
	 */
	public function fetch() {
		$response = wp_remote_post(
			$this->base_url . '/oauth/token',
			array(
				'timeout'     => $this->timeout,
				'redirection' => 0,
				'headers'     => array(
					// RFC 6749 §2.3.1: the client credentials are form-encoded before Basic encoding.
					'Authorization' => 'Basic ' . base64_encode( rawurlencode( $this->secret_key ) . ':' ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
					'Content-Type'  => 'application/x-www-form-urlencoded',
					'Accept'        => 'application/json',
				),
				'body'        => array(
					'grant_type' => 'client_credentials',
					'scope'      => self::SCOPE,
				),
			)
		);

		$answer = Upstream_Errors::decode( $response );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$token      = $answer['access_token'] ?? null;
		$type       = $answer['token_type'] ?? null;
		$expires_in = $answer['expires_in'] ?? null;
		if ( ! is_string( $token ) || '' === $token || ! is_string( $type ) || 0 !== strcasecmp( $type, 'Bearer' ) || ! is_int( $expires_in ) || $expires_in <= 0 ) {
			return new WP_Error(
				'frontier_upstream_invalid',
				__( 'The Frontier server sent an access token the plugin cannot use.', 'frontier' ),
				array( 'status' => 502 )
			);
		}

		// Dropped a minute before it expires; halfway through its life when it lives two minutes or less.
		$lifetime = $expires_in > 2 * self::EXPIRY_MARGIN ? $expires_in - self::EXPIRY_MARGIN : intdiv( $expires_in, 2 );
		if ( $lifetime > 0 ) {
			// A transient with an expiry is stored without autoload.
			set_transient(
				self::TRANSIENT,
				array(
					'token'       => $token,
					'expires_at'  => time() + $lifetime,
					'fingerprint' => $this->fingerprint(),
				),
				$lifetime
			);
		}
		return $token;
	}

	/**
	 * Drops the cached token (the server refused it, or the site forgets the key).
	 */
	public static function forget() {
		delete_transient( self::TRANSIENT );
	}

	/**
	 * Identifies the server and key without storing anything the key could be recovered from.
	 *
	 * @return string
	 */
	private function fingerprint() {
		return hash_hmac( 'sha256', $this->base_url, $this->secret_key );
	}
}
