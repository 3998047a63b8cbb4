CREATE TABLE `idempotency_keys` (
	`tenant_id` varchar(40) NOT NULL,
	`route` varchar(100) NOT NULL,
	`key` varchar(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`fingerprint` varchar(64) NOT NULL,
	`claim_id` varchar(40) NOT NULL,
	`state` varchar(16) NOT NULL,
	`response_status` int,
	`response_headers` longtext,
	`response_body` longtext,
	`created_at` bigint NOT NULL,
	`expires_at` bigint NOT NULL,
	CONSTRAINT `idempotency_keys_key` UNIQUE(`tenant_id`,`route`,`key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_expires` ON `idempotency_keys` (`expires_at`);