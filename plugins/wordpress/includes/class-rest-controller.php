<?php
/**
 * The frontier/v1 REST routes: a proxy to the Frontier server that keeps the secret key on the server.
 * WordPress's cookie authentication checks the `wp_rest` nonce before any permission callback runs: a
 * request without a valid nonce is anonymous, so every route below refuses it.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Routes, permissions and argument schemas.
 */
final class Rest_Controller {

	const NAMESPACE_V1 = 'frontier/v1';

	const CONTENT_TYPES = array( 'product_description', 'social_post', 'email_subject', 'email_body', 'ad_headline', 'blog_intro', 'sms' );
	const TONES         = array( 'friendly', 'professional', 'enthusiastic', 'premium', 'urgent' );
	const FORMATS       = array( 'auto', 'text', 'html', 'gutenberg', 'markdown', 'richtext' );

	/**
	 * Builds the client for the Frontier server, per request, so it always reflects the saved settings.
	 *
	 * @var callable(): Server_Client
	 */
	private $client_factory;

	/**
	 * Builds the controller.
	 *
	 * @param callable(): Server_Client $client_factory Returns a client for the Frontier server.
	 */
	public function __construct( callable $client_factory ) {
		$this->client_factory = $client_factory;
	}

	/**
	 * A client configured as of now.
	 *
	 * @return Server_Client
	 */
	private function client() {
		return call_user_func( $this->client_factory );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes() {
		$this->route( '/generate', WP_REST_Server::CREATABLE, 'generate', 'can_edit_posts', $this->generate_args() );
		$this->route( '/localize', WP_REST_Server::CREATABLE, 'localize', 'can_edit_posts', $this->localize_args() );
		$this->route( '/validate', WP_REST_Server::CREATABLE, 'validate', 'can_edit_posts', $this->validate_args() );
		$this->route( '/drafts', WP_REST_Server::CREATABLE, 'create_drafts', 'can_edit_source_post', $this->drafts_args() );
		$this->route( '/settings', WP_REST_Server::READABLE, 'get_settings', 'can_manage_options', array() );
		$this->route( '/settings', WP_REST_Server::EDITABLE, 'update_settings', 'can_manage_options', $this->settings_args() );
	}

	/**
	 * Registers one route with its permission callback.
	 *
	 * @param string               $path       Route.
	 * @param string               $methods    HTTP methods.
	 * @param string               $callback   Method name of this class.
	 * @param string               $permission Method name of this class.
	 * @param array<string, mixed> $args       Argument schema.
	 */
	private function route( $path, $methods, $callback, $permission, array $args ) {
		register_rest_route(
			self::NAMESPACE_V1,
			$path,
			array(
				'methods'             => $methods,
				'callback'            => array( $this, $callback ),
				'permission_callback' => array( $this, $permission ),
				'args'                => $args,
			)
		);
	}

	/**
	 * Generation, localization and validation need `edit_posts`.
	 *
	 * @return bool|WP_Error
	 */
	public function can_edit_posts() {
		if ( current_user_can( 'edit_posts' ) ) {
			return true;
		}
		return self::forbidden( __( 'You need to be able to edit posts to use Frontier.', 'frontier' ) );
	}

	/**
	 * Creating drafts also needs the right to edit the source post.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool|WP_Error
	 */
	public function can_edit_source_post( WP_REST_Request $request ) {
		$allowed = $this->can_edit_posts();
		if ( true !== $allowed ) {
			return $allowed;
		}
		if ( current_user_can( 'edit_post', (int) $request['post_id'] ) ) {
			return true;
		}
		return self::forbidden( __( 'You cannot edit the source post.', 'frontier' ) );
	}

	/**
	 * Settings need `manage_options`.
	 *
	 * @return bool|WP_Error
	 */
	public function can_manage_options() {
		if ( current_user_can( 'manage_options' ) ) {
			return true;
		}
		return self::forbidden( __( 'Only administrators can change Frontier settings.', 'frontier' ) );
	}

	/**
	 * POST /generate → POST /api/v1/generate-content.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function generate( WP_REST_Request $request ) {
		$body = array(
			'prompt'         => $request['prompt'],
			'content_type'   => $request['content_type'],
			'target_country' => $request['market'],
			'tone'           => $request['tone'],
			'length'         => $request['length'],
		);
		if ( '' !== (string) $request['industry'] ) {
			$body['target_industry'] = $request['industry'];
		}
		return self::respond( $this->client()->post( '/api/v1/generate-content', $body ) );
	}

	/**
	 * POST /localize → POST /api/v1/localize. Gutenberg results must keep the source's block structure.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function localize( WP_REST_Request $request ) {
		return self::respond(
			$this->localize_document(
				(string) $request['content'],
				(string) $request['format'],
				(string) $request['source_locale'],
				(array) $request['target_locales']
			)
		);
	}

	/**
	 * POST /validate → POST /api/v1/validate.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function validate( WP_REST_Request $request ) {
		return self::respond(
			$this->client()->post(
				'/api/v1/validate',
				array(
					'content' => $request['content'],
					'locale'  => $request['locale'],
					'format'  => $request['format'],
				)
			)
		);
	}

	/**
	 * POST /drafts: localizes a saved post's title and blocks, then keeps one localized post per market: a new
	 * draft (`created`), the existing one updated in place while it is not live (`updated`), or, when the
	 * market's post is published, private or scheduled, that post untouched (`exists_published`, not even
	 * localized). 201 when a draft was created, else 200; a market another request kept busy is `busy`.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_drafts( WP_REST_Request $request ) {
		$source = get_post( (int) $request['post_id'] );
		if ( ! $source ) {
			return new WP_Error( 'frontier_post_not_found', __( 'The source post does not exist.', 'frontier' ), array( 'status' => 404 ) );
		}
		$source_locale = (string) $request['source_locale'];
		$targets       = array_values( array_unique( array_map( 'strval', (array) $request['target_locales'] ) ) );

		$entries = array();
		foreach ( $targets as $locale ) {
			$existing = Drafts::find( $source, $locale );
			if ( null !== $existing && in_array( $existing->post_status, Drafts::LIVE_STATUSES, true ) ) {
				$entries[ $locale ] = self::live_entry( $locale, $existing );
			}
		}
		$to_localize = array_values( array_diff( $targets, array_keys( $entries ) ) );

		if ( array() !== $to_localize ) {
			$contents = $this->localize_document( $source->post_content, 'gutenberg', $source_locale, $to_localize );
			if ( is_wp_error( $contents ) ) {
				return $contents;
			}
			$titles = $this->localize_document( $source->post_title, 'text', $source_locale, $to_localize );
			if ( is_wp_error( $titles ) ) {
				return $titles;
			}
			$titles_by_locale = array_column( $titles['results'], 'content', 'locale' );

			foreach ( $contents['results'] as $result ) {
				$locale = (string) $result['locale'];
				$title  = $titles_by_locale[ $locale ] ?? $source->post_title;
				$saved  = Drafts::save( $source, $locale, (string) $title, (string) $result['content'], (float) ( $result['score'] ?? 0 ) );
				if ( is_wp_error( $saved ) && 'frontier_draft_busy' === $saved->get_error_code() ) {
					$entries[ $locale ] = array(
						'locale'  => $locale,
						'status'  => 'busy',
						'updated' => false,
						'post_id' => null,
						'message' => $saved->get_error_message(),
					);
					continue;
				}
				if ( is_wp_error( $saved ) ) {
					return $saved;
				}
				if ( 'exists_published' === $saved['status'] ) {
					$entries[ $locale ] = self::live_entry( $locale, get_post( $saved['post_id'] ) );
					continue;
				}
				$entries[ $locale ] = array(
					'locale'          => $locale,
					'status'          => $saved['status'],
					'updated'         => 'updated' === $saved['status'],
					'post_id'         => $saved['post_id'],
					'post_status'     => $saved['post_status'],
					'edit_link'       => get_edit_post_link( $saved['post_id'], 'raw' ),
					'title'           => $title,
					'score'           => $result['score'] ?? null,
					'adaptations'     => $result['adaptations'] ?? array(),
					'findings'        => $result['findings'] ?? array(),
					'language_plugin' => $saved['language_plugin'],
				);
			}
		}

		$drafts = array();
		foreach ( $targets as $locale ) {
			if ( isset( $entries[ $locale ] ) ) {
				$drafts[] = $entries[ $locale ];
			}
		}
		$created = in_array( 'created', array_column( $drafts, 'status' ), true );
		return new WP_REST_Response( array( 'drafts' => $drafts ), $created ? 201 : 200 );
	}

	/**
	 * The answer for a market whose localized post is live: left as it is, with the link to open it.
	 *
	 * @param string  $locale Market locale.
	 * @param WP_Post $post   The live localized post.
	 * @return array<string, mixed>
	 */
	private static function live_entry( $locale, WP_Post $post ) {
		return array(
			'locale'          => $locale,
			'status'          => 'exists_published',
			'updated'         => false,
			'post_id'         => $post->ID,
			'post_status'     => $post->post_status,
			'edit_link'       => get_edit_post_link( $post->ID, 'raw' ),
			'title'           => $post->post_title,
			'language_plugin' => Multilingual::active_plugin(),
		);
	}

	/**
	 * GET /settings: public settings and whether a secret is stored; never the secret.
	 *
	 * @return WP_REST_Response
	 */
	public function get_settings() {
		return new WP_REST_Response( self::public_settings() );
	}

	/**
	 * POST /settings: saves settings; `secret_key` is write-only.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function update_settings( WP_REST_Request $request ) {
		$values = array();
		foreach ( array_keys( Settings::defaults() ) as $key ) {
			if ( $request->has_param( $key ) ) {
				$values[ $key ] = $request[ $key ];
			}
		}
		Settings::save( $values );
		if ( $request->has_param( 'secret_key' ) ) {
			Settings::save_secret_key( (string) $request['secret_key'] );
		}
		return new WP_REST_Response( self::public_settings() );
	}

	/**
	 * Calls /api/v1/localize and checks each Gutenberg result keeps the source's shape.
	 *
	 * @param string        $content Document.
	 * @param string        $format  Markup format.
	 * @param string        $source  Source locale.
	 * @param array<string> $targets Target locales.
	 * @return array{results: array<int, array<string, mixed>>}|WP_Error
	 */
	private function localize_document( $content, $format, $source, array $targets ) {
		$body = array(
			'content'        => $content,
			'format'         => $format,
			'source_locale'  => $source,
			'target_locales' => array_values( $targets ),
		);
		if ( 'gutenberg' === $format ) {
			$body['block_attributes'] = self::block_text_attributes();
		}
		$answer = $this->client()->post( '/api/v1/localize', $body );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		if ( ! isset( $answer['results'] ) || ! is_array( $answer['results'] ) ) {
			return new WP_Error( 'frontier_upstream_invalid', __( 'The Frontier server sent no results.', 'frontier' ), array( 'status' => 502 ) );
		}
		foreach ( $answer['results'] as $result ) {
			if ( ! is_array( $result ) || ! isset( $result['locale'], $result['content'] ) || ! is_string( $result['content'] ) ) {
				return new WP_Error( 'frontier_upstream_invalid', __( 'The Frontier server sent a malformed result.', 'frontier' ), array( 'status' => 502 ) );
			}
			if ( 'gutenberg' === $format && ! Block_Structure::same_shape( $content, $result['content'] ) ) {
				return new WP_Error(
					'frontier_structure_changed',
					/* translators: %s: locale such as es-AR. */
					sprintf( __( 'The %s version changed the structure of the blocks, so it was not used.', 'frontier' ), $result['locale'] ),
					array( 'status' => 502 )
				);
			}
		}
		return array( 'results' => $answer['results'] );
	}

	/**
	 * Settings safe to show an administrator.
	 *
	 * @return array<string, mixed>
	 */
	private static function public_settings() {
		return array_merge( Settings::get(), array( 'has_secret_key' => Settings::has_secret_key() ) );
	}

	/**
	 * Wraps a client answer as a response.
	 *
	 * @param array<string, mixed>|WP_Error $answer Decoded body or error.
	 * @return WP_REST_Response|WP_Error
	 */
	private static function respond( $answer ) {
		return is_wp_error( $answer ) ? $answer : new WP_REST_Response( $answer );
	}

	/**
	 * A refusal with the status WordPress uses: 401 when nobody is logged in (or the nonce was missing), else 403.
	 *
	 * @param string $message Why.
	 * @return WP_Error
	 */
	private static function forbidden( $message ) {
		return new WP_Error( 'frontier_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Schema for a locale argument.
	 *
	 * @param bool $required Whether it must be given.
	 * @return array<string, mixed>
	 */
	private static function locale_arg( $required ) {
		return array(
			'type'     => 'string',
			'pattern'  => '^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$',
			'required' => $required,
		);
	}

	/**
	 * Schema for a list of target locales.
	 *
	 * @return array<string, mixed>
	 */
	private static function targets_arg() {
		return array(
			'type'     => 'array',
			'items'    => self::locale_arg( true ),
			'minItems' => 1,
			'maxItems' => 20,
			'required' => true,
		);
	}

	/**
	 * Arguments of /generate.
	 *
	 * @return array<string, mixed>
	 */
	private function generate_args() {
		return array(
			'prompt'       => array(
				'type'      => 'string',
				'required'  => true,
				'minLength' => 1,
				'maxLength' => 4000,
			),
			'market'       => self::locale_arg( true ),
			'content_type' => array(
				'type'    => 'string',
				'enum'    => self::CONTENT_TYPES,
				'default' => 'blog_intro',
			),
			'industry'     => array(
				'type'    => 'string',
				'default' => '',
			),
			'tone'         => array(
				'type'    => 'string',
				'enum'    => self::TONES,
				'default' => 'friendly',
			),
			'length'       => array(
				'type'    => array( 'integer', 'string' ),
				'default' => 'medium',
				'pattern' => '^([0-9]+|short|medium|long)$',
			),
		);
	}

	/**
	 * Arguments of /localize.
	 *
	 * @return array<string, mixed>
	 */
	private function localize_args() {
		return array(
			'content'        => array(
				'type'     => 'string',
				'required' => true,
			),
			'format'         => array(
				'type'    => 'string',
				'enum'    => self::FORMATS,
				'default' => 'gutenberg',
			),
			'source_locale'  => self::locale_arg( true ),
			'target_locales' => self::targets_arg(),
		);
	}

	/**
	 * Arguments of /validate.
	 *
	 * @return array<string, mixed>
	 */
	private function validate_args() {
		return array(
			'content' => array(
				'type'     => 'string',
				'required' => true,
			),
			'locale'  => self::locale_arg( true ),
			'format'  => array(
				'type'    => 'string',
				'enum'    => self::FORMATS,
				'default' => 'gutenberg',
			),
		);
	}

	/**
	 * Arguments of /drafts.
	 *
	 * @return array<string, mixed>
	 */
	private function drafts_args() {
		return array(
			'post_id'        => array(
				'type'     => 'integer',
				'required' => true,
				'minimum'  => 1,
			),
			'source_locale'  => self::locale_arg( true ),
			'target_locales' => self::targets_arg(),
		);
	}

	/**
	 * Arguments of POST /settings.
	 *
	 * @return array<string, mixed>
	 */
	private function settings_args() {
		return array(
			'server_url'           => array( 'type' => 'string' ),
			'timeout'              => array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => 120,
			),
			'source_locale'        => self::locale_arg( false ),
			'component_script_url' => array( 'type' => 'string' ),
			'publishable_key'      => array( 'type' => 'string' ),
			'secret_key'           => array( 'type' => 'string' ),
		);
	}

	/**
	 * Block attributes holding text that the server should localize besides the core blocks' own: this plugin's
	 * `frontier/localized` fallback, and what sites add for their custom blocks through the
	 * `frontier_block_text_attributes` filter (`rich_text` for HTML, `plain_text` for plain strings).
	 *
	 * @return array{rich_text: array<int, string>, plain_text: array<int, string>}
	 */
	private static function block_text_attributes() {
		$attributes = apply_filters(
			'frontier_block_text_attributes',
			array(
				'rich_text'  => array(),
				'plain_text' => array( 'fallback' ),
			)
		);
		$names      = static function ( $list ) {
			$valid = array_filter(
				is_array( $list ) ? $list : array(),
				static function ( $name ) {
					return is_string( $name ) && 1 === preg_match( '/^[A-Za-z][A-Za-z0-9_-]{0,63}$/', $name );
				}
			);
			return array_slice( array_values( array_unique( $valid ) ), 0, 50 );
		};
		return array(
			'rich_text'  => $names( $attributes['rich_text'] ?? array() ),
			'plain_text' => $names( $attributes['plain_text'] ?? array() ),
		);
	}
}
