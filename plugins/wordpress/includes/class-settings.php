<?php
/**
 * Frontier's settings, stored with the options API. The secret key is write-only: nothing here returns it
 * to a browser; only Server_Client reads it, to exchange it for access tokens at the Frontier server.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Reads, validates and registers the plugin's options.
 */
final class Settings {

	const GROUP         = 'frontier';
	const OPTION        = 'frontier_settings';
	const SECRET_OPTION = 'frontier_secret_key';
	const DEFAULT_URL   = 'http://127.0.0.1:8787';

	/**
	 * Default values of the public (non-secret) settings.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults() {
		return array(
			'server_url'           => self::DEFAULT_URL,
			'timeout'              => 30,
			'source_locale'        => 'es-ES',
			'component_script_url' => '',
			'publishable_key'      => '',
		);
	}

	/**
	 * The public settings, merged over the defaults.
	 *
	 * @return array{server_url: string, timeout: int, source_locale: string, component_script_url: string, publishable_key: string}
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		return self::sanitize( array_merge( self::defaults(), is_array( $saved ) ? $saved : array() ) );
	}

	/**
	 * Whether a secret key is stored (the only thing about it that may be shown).
	 *
	 * @return bool
	 */
	public static function has_secret_key() {
		return '' !== self::secret_key();
	}

	/**
	 * The stored secret key. Server side only.
	 *
	 * @return string
	 */
	public static function secret_key() {
		$secret = get_option( self::SECRET_OPTION, '' );
		return is_string( $secret ) ? $secret : '';
	}

	/**
	 * Stores a new secret key (kept out of the autoloaded options).
	 *
	 * @param string $secret The key; empty removes it.
	 */
	public static function save_secret_key( $secret ) {
		$secret = trim( (string) $secret );
		Access_Tokens::forget();
		if ( '' === $secret ) {
			delete_option( self::SECRET_OPTION );
			return;
		}
		update_option( self::SECRET_OPTION, $secret, false );
	}

	/**
	 * Saves public settings after validation.
	 *
	 * @param array<string, mixed> $values Partial settings.
	 * @return array<string, mixed> What was saved.
	 */
	public static function save( array $values ) {
		$merged = self::sanitize( array_merge( self::get(), $values ) );
		update_option( self::OPTION, $merged );
		return $merged;
	}

	/**
	 * Normalises settings: URLs are http(s), the timeout stays within 1..120 seconds, locales look like xx-YY.
	 *
	 * @param mixed $values Raw settings.
	 * @return array{server_url: string, timeout: int, source_locale: string, component_script_url: string, publishable_key: string}
	 */
	public static function sanitize( $values ) {
		$values   = is_array( $values ) ? $values : array();
		$defaults = self::defaults();

		$server_url = esc_url_raw( trim( (string) ( $values['server_url'] ?? '' ) ), array( 'http', 'https' ) );
		$script_url = esc_url_raw( trim( (string) ( $values['component_script_url'] ?? '' ) ), array( 'http', 'https' ) );
		$locale     = (string) ( $values['source_locale'] ?? '' );

		return array(
			'server_url'           => '' !== $server_url ? untrailingslashit( $server_url ) : $defaults['server_url'],
			'timeout'              => max( 1, min( 120, (int) ( $values['timeout'] ?? $defaults['timeout'] ) ) ),
			'source_locale'        => self::is_locale( $locale ) ? $locale : $defaults['source_locale'],
			'component_script_url' => $script_url,
			'publishable_key'      => sanitize_text_field( (string) ( $values['publishable_key'] ?? '' ) ),
		);
	}

	/**
	 * Whether a string is a BCP 47 language-region tag such as es-AR or pt-BR.
	 *
	 * @param string $locale Candidate.
	 * @return bool
	 */
	public static function is_locale( $locale ) {
		return 1 === preg_match( '/^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/', $locale );
	}

	/**
	 * Registers the settings with the Settings API (used by the settings page form).
	 */
	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
		// Created up front without autoload, so the Settings API's update_option() keeps it out of every page load.
		if ( false === get_option( self::SECRET_OPTION ) ) {
			add_option( self::SECRET_OPTION, '', '', false );
		}
		register_setting(
			self::GROUP,
			self::SECRET_OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => array( self::class, 'sanitize_submitted_secret' ),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * A blank secret field means "keep the stored key": the form never shows the key, so it cannot echo it back.
	 *
	 * @param mixed $submitted The submitted field.
	 * @return string
	 */
	public static function sanitize_submitted_secret( $submitted ) {
		$submitted = trim( sanitize_text_field( (string) $submitted ) );
		return '' === $submitted ? self::secret_key() : $submitted;
	}
}
