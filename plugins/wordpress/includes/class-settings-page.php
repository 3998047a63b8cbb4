<?php
/**
 * Settings › Frontier: the server URL, the secret key (write-only) and storefront options.
 *
 * @package Frontier\WordPress
 */

namespace Frontier\WordPress;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The admin page, built on the Settings API (which adds and checks its nonce).
 */
final class Settings_Page {

	const SLUG = 'frontier';

	/**
	 * Adds the page under Settings.
	 */
	public static function add_page() {
		add_options_page(
			__( 'Frontier', 'frontier' ),
			__( 'Frontier', 'frontier' ),
			'manage_options',
			self::SLUG,
			array( self::class, 'render' )
		);
	}

	/**
	 * Prints the form. The secret key field is always empty: a stored key is only reported as stored.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$settings = Settings::get();
		$option   = Settings::OPTION;
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Frontier', 'frontier' ); ?></h1>
			<form method="post" action="options.php">
				<?php settings_fields( Settings::GROUP ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="frontier-server-url"><?php esc_html_e( 'Server URL', 'frontier' ); ?></label></th>
						<td><input type="url" class="regular-text" id="frontier-server-url" name="<?php echo esc_attr( $option ); ?>[server_url]" value="<?php echo esc_attr( $settings['server_url'] ); ?>" required></td>
					</tr>
					<tr>
						<th scope="row"><label for="frontier-secret-key"><?php esc_html_e( 'Secret key', 'frontier' ); ?></label></th>
						<td>
							<input type="password" class="regular-text" id="frontier-secret-key" name="<?php echo esc_attr( Settings::SECRET_OPTION ); ?>" value="" autocomplete="new-password">
							<p class="description">
								<?php
								echo esc_html(
									Settings::has_secret_key()
										? __( 'A key is stored. Leave this empty to keep it; it is never shown again.', 'frontier' )
										: __( 'No key stored yet. Create one with `frontier keys create --role editor`.', 'frontier' )
								);
								?>
							</p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="frontier-timeout"><?php esc_html_e( 'Timeout (seconds)', 'frontier' ); ?></label></th>
						<td><input type="number" min="1" max="120" id="frontier-timeout" name="<?php echo esc_attr( $option ); ?>[timeout]" value="<?php echo esc_attr( (string) $settings['timeout'] ); ?>"></td>
					</tr>
					<tr>
						<th scope="row"><label for="frontier-source-locale"><?php esc_html_e( 'Language of your posts', 'frontier' ); ?></label></th>
						<td><input type="text" id="frontier-source-locale" name="<?php echo esc_attr( $option ); ?>[source_locale]" value="<?php echo esc_attr( $settings['source_locale'] ); ?>" pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,4})?"></td>
					</tr>
					<tr>
						<th scope="row"><label for="frontier-script-url"><?php esc_html_e( 'Web component script URL', 'frontier' ); ?></label></th>
						<td><input type="url" class="regular-text" id="frontier-script-url" name="<?php echo esc_attr( $option ); ?>[component_script_url]" value="<?php echo esc_attr( $settings['component_script_url'] ); ?>"></td>
					</tr>
					<tr>
						<th scope="row"><label for="frontier-publishable-key"><?php esc_html_e( 'Publishable key (storefront)', 'frontier' ); ?></label></th>
						<td><input type="text" class="regular-text" id="frontier-publishable-key" name="<?php echo esc_attr( $option ); ?>[publishable_key]" value="<?php echo esc_attr( $settings['publishable_key'] ); ?>"></td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
