<?php
/**
 * Maps what came back from the Frontier server to a decoded body or a WP_Error with a clear message and the
 * status the proxy answers with: upstream 4xx keep their status, timeouts are 504, anything else 502.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

use WP_Error;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Error mapping for Server_Client, in one place.
 */
final class Upstream_Errors {

	/**
	 * Decodes a wp_remote_* result.
	 *
	 * @param array<string, mixed>|WP_Error $response What wp_remote_post returned.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function decode( $response ) {
		if ( is_wp_error( $response ) ) {
			return self::transport_error( $response );
		}

		$status  = (int) wp_remote_retrieve_response_code( $response );
		$decoded = json_decode( (string) wp_remote_retrieve_body( $response ), true );

		if ( $status >= 200 && $status < 300 ) {
			if ( ! is_array( $decoded ) ) {
				return new WP_Error(
					'frontier_upstream_invalid',
					__( 'The Frontier server sent an answer that is not JSON.', 'frontier' ),
					array( 'status' => 502 )
				);
			}
			return $decoded;
		}

		$error   = self::error_of( $decoded );
		$message = isset( $error['message'] ) && is_string( $error['message'] ) ? $error['message'] : '';
		$data    = array(
			'status'        => $status >= 400 && $status < 500 ? $status : 502,
			'upstream_code' => isset( $error['code'] ) && is_string( $error['code'] ) ? $error['code'] : null,
		);
		if ( isset( $error['issues'] ) && is_array( $error['issues'] ) ) {
			$data['issues'] = $error['issues'];
		}

		if ( $status >= 400 && $status < 500 ) {
			return new WP_Error(
				'frontier_upstream_rejected',
				'' !== $message
					/* translators: %s: the Frontier server's error message. */
					? sprintf( __( 'The Frontier server refused the request: %s', 'frontier' ), $message )
					/* translators: %d: HTTP status code. */
					: sprintf( __( 'The Frontier server refused the request (HTTP %d).', 'frontier' ), $status ),
				$data
			);
		}

		return new WP_Error(
			'frontier_upstream_failed',
			/* translators: %d: HTTP status code. */
			sprintf( __( 'The Frontier server failed (HTTP %d). Try again later.', 'frontier' ), $status ),
			$data
		);
	}

	/**
	 * The error object of an answer: Frontier's `{error: {code, message, issues?}}`, or RFC 6749's
	 * `{error, error_description}` from POST /oauth/token read as the same fields.
	 *
	 * @param mixed $decoded The decoded body.
	 * @return array<string, mixed>
	 */
	private static function error_of( $decoded ) {
		if ( ! is_array( $decoded ) || ! isset( $decoded['error'] ) ) {
			return array();
		}
		if ( is_array( $decoded['error'] ) ) {
			return $decoded['error'];
		}
		if ( ! is_string( $decoded['error'] ) ) {
			return array();
		}
		$error = array( 'code' => $decoded['error'] );
		if ( isset( $decoded['error_description'] ) && is_string( $decoded['error_description'] ) ) {
			$error['message'] = $decoded['error_description'];
		}
		if ( isset( $decoded['issues'] ) && is_array( $decoded['issues'] ) ) {
			$error['issues'] = $decoded['issues'];
		}
		return $error;
	}

	/**
	 * Maps a transport failure: a timeout is 504, a refused or unresolvable connection 502.
	 *
	 * @param WP_Error $error From the HTTP API.
	 * @return WP_Error
	 */
	private static function transport_error( WP_Error $error ) {
		$detail = $error->get_error_message();
		if ( false !== stripos( $detail, 'timed out' ) || false !== stripos( $detail, 'cURL error 28' ) ) {
			return new WP_Error(
				'frontier_upstream_timeout',
				__( 'The Frontier server did not answer in time. Try again, or raise the timeout in Settings › Frontier.', 'frontier' ),
				array( 'status' => 504 )
			);
		}
		return new WP_Error(
			'frontier_upstream_unreachable',
			/* translators: %s: the transport's error message. */
			sprintf( __( 'The Frontier server cannot be reached: %s', 'frontier' ), $detail ),
			array( 'status' => 502 )
		);
	}
}
