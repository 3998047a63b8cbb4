<?php
/**
 * What the proxy sends to the Frontier server and how it maps what comes back.
 *
 * @package Frontier\WordPress
 */

use Frontier\WordPress\Settings;

/**
 * Forwarding, timeouts and error mapping.
 */
final class ProxyTest extends Rest_Test_Case {

	protected function setUp(): void {
		parent::setUp();
		$this->act_as( 'editor' );
	}

	public function test_generation_is_forwarded_server_side_with_an_access_token_and_the_timeout() {
		Settings::save( array( 'timeout' => 7 ) );
		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() + array( 'industry' => 'sports' ) );
		$this->assertAnswer( 200, null, $response );
		$this->assertIsNumeric( $response->get_data()['performance_score'] );
		$this->assertSame( 'es-MX', $response->get_data()['metadata']['locale'] );

		$this->assertCount( 2, $this->outgoing, 'one token exchange, then the call' );
		$this->assertSame( getenv( 'FRONTIER_SERVER_URL' ) . '/oauth/token', $this->outgoing[0]['url'] );
		$this->assertSame( 7, $this->outgoing[0]['args']['timeout'] );
		$request = $this->outgoing[1];
		$this->assertSame( getenv( 'FRONTIER_SERVER_URL' ) . '/api/v1/generate-content', $request['url'] );
		$this->assertMatchesRegularExpression( '/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/', $request['args']['headers']['Authorization'] );
		$this->assertSame( 7, $request['args']['timeout'] );
		$this->assertSame(
			array(
				'prompt'          => 'zapatillas de running',
				'content_type'    => 'blog_intro',
				'target_country'  => 'es-MX',
				'tone'            => 'friendly',
				'length'          => 'short',
				'target_industry' => 'sports',
			),
			json_decode( $request['args']['body'], true )
		);
	}

	public function test_an_upstream_validation_error_keeps_its_status_message_and_issues() {
		$response = $this->rest(
			'POST',
			'/frontier/v1/localize',
			array(
				'content'        => '',
				'source_locale'  => 'es-ES',
				'target_locales' => array( 'es-MX' ),
			)
		);
		$this->assertAnswer( 400, 'frontier_upstream_rejected', $response );
		$data = $response->get_data();
		$this->assertStringContainsString( 'content: Too small', $data['message'] );
		$this->assertSame( 'validation_failed', $data['data']['upstream_code'] );
		$this->assertSame( 'content', $data['data']['issues'][0]['path'] );
	}

	public function test_a_wrong_secret_is_reported_with_the_upstream_401() {
		// A well-formed key, but another server's.
		Settings::save_secret_key( (string) getenv( 'FRONTIER_MODEL_DOWN_SECRET' ) );
		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
		$this->assertAnswer( 401, 'frontier_upstream_rejected', $response );
		$this->assertStringContainsString( 'the API key is unknown or revoked', $response->get_data()['message'] );
		$this->assertSame( 'invalid_client', $response->get_data()['data']['upstream_code'] );
		$this->assertSame( array(), $this->content_calls(), 'nothing is sent without a token' );
	}

	public function test_an_upstream_failure_is_a_502() {
		// Spanish to Portuguese needs a model, and this server's model answers 503.
		$this->use_server( 'FRONTIER_MODEL_DOWN' );
		$response = $this->rest(
			'POST',
			'/frontier/v1/localize',
			array(
				'content'        => "<!-- wp:paragraph -->\n<p>Mi ordenador nuevo</p>\n<!-- /wp:paragraph -->",
				'source_locale'  => 'es-ES',
				'target_locales' => array( 'pt-BR' ),
			)
		);
		$this->assertAnswer( 502, 'frontier_upstream_failed', $response );
		$this->assertSame( 'upstream_unavailable', $response->get_data()['data']['upstream_code'] );
	}

	public function test_an_answer_that_is_not_json_is_a_502() {
		// What a proxy's error page in front of the server looks like.
		$page = static function ( $preempt, $args, $url ) {
			if ( false === strpos( $url, '/api/v1/' ) ) {
				return $preempt;
			}
			return array(
				'headers'  => array( 'content-type' => 'text/html' ),
				'body'     => '<html>proxy page</html>',
				'response' => array(
					'code'    => 200,
					'message' => 'OK',
				),
				'cookies'  => array(),
			);
		};
		add_filter( 'pre_http_request', $page, 10, 3 );
		try {
			$this->assertAnswer( 502, 'frontier_upstream_invalid', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		} finally {
			remove_filter( 'pre_http_request', $page, 10 );
		}
	}

	public function test_a_slow_server_times_out_as_a_504() {
		// Generation goes to the model first, and this server's model takes 3 s.
		$this->use_server( 'FRONTIER_MODEL_SLOW' );
		Settings::save( array( 'timeout' => 1 ) );
		$started  = microtime( true );
		$response = $this->rest( 'POST', '/frontier/v1/generate', $this->generation() );
		$this->assertAnswer( 504, 'frontier_upstream_timeout', $response );
		$this->assertLessThan( 2.5, microtime( true ) - $started, 'gave up after the configured timeout' );
	}

	public function test_an_unreachable_server_is_a_502() {
		Settings::save( array( 'server_url' => getenv( 'FRONTIER_CLOSED_URL' ) ) );
		$this->assertAnswer( 502, 'frontier_upstream_unreachable', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
	}

	public function test_without_a_secret_key_nothing_is_sent() {
		Settings::save_secret_key( '' );
		$this->assertAnswer( 503, 'frontier_not_configured', $this->rest( 'POST', '/frontier/v1/generate', $this->generation() ) );
		$this->assertSame( array(), $this->outgoing );
	}

	public function test_invalid_arguments_never_reach_the_server() {
		$response = $this->rest( 'POST', '/frontier/v1/generate', array( 'market' => 'es-MX' ) );
		$this->assertAnswer( 400, 'rest_missing_callback_param', $response );
		$response = $this->rest( 'POST', '/frontier/v1/generate', array_merge( $this->generation(), array( 'tone' => 'sarcastic' ) ) );
		$this->assertAnswer( 400, 'rest_invalid_param', $response );
		$this->assertSame( array(), $this->outgoing );
	}

	public function test_a_localization_that_breaks_the_block_structure_is_refused() {
		// The server keeps the structure; something between it and the site adds a paragraph to its answer.
		$tamper = static function ( $response, $args, $url ) {
			if ( false === strpos( $url, '/api/v1/localize' ) ) {
				return $response;
			}
			$response['body'] = str_replace( '</p>', '</p><p>extra</p>', $response['body'] );
			return $response;
		};
		add_filter( 'http_response', $tamper, 10, 3 );
		try {
			$response = $this->rest(
				'POST',
				'/frontier/v1/localize',
				array(
					'content'        => "<!-- wp:paragraph -->\n<p>Mi ordenador</p>\n<!-- /wp:paragraph -->",
					'source_locale'  => 'es-ES',
					'target_locales' => array( 'es-AR' ),
				)
			);
		} finally {
			remove_filter( 'http_response', $tamper, 10 );
		}
		$this->assertAnswer( 502, 'frontier_structure_changed', $response );
	}

	public function test_a_gutenberg_localization_comes_back_per_market() {
		$content  = "<!-- wp:paragraph -->\n<p>Mi ordenador nuevo</p>\n<!-- /wp:paragraph -->";
		$response = $this->rest(
			'POST',
			'/frontier/v1/localize',
			array(
				'content'        => $content,
				'source_locale'  => 'es-ES',
				'target_locales' => array( 'es-AR', 'es-MX' ),
			)
		);
		$this->assertAnswer( 200, null, $response );
		$results = $response->get_data()['results'];
		$this->assertSame( array( 'es-AR', 'es-MX' ), array_column( $results, 'locale' ) );
		$this->assertStringContainsString( '<p>Mi computadora nueva</p>', $results[0]['content'] );
		$this->assertSame( 'gutenberg', json_decode( $this->content_calls()[0]['args']['body'], true )['format'] );
	}
}
