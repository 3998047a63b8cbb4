CREATE TABLE `api_keys` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`name` varchar(191) NOT NULL,
	`kind` varchar(191) NOT NULL,
	`role` varchar(191) NOT NULL,
	`prefix` varchar(191) NOT NULL,
	`secret_hash` varchar(64) NOT NULL,
	`allowed_origins` longtext NOT NULL,
	`scopes` longtext,
	`quota_per_minute` int,
	`created_at` bigint NOT NULL,
	`last_used_at` bigint,
	`revoked_at` bigint,
	CONSTRAINT `api_keys_id` PRIMARY KEY(`id`),
	CONSTRAINT `api_keys_secret_hash` UNIQUE(`secret_hash`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`actor_key_id` varchar(40),
	`action` varchar(191) NOT NULL,
	`target_type` varchar(191) NOT NULL,
	`target_id` varchar(191) NOT NULL,
	`data` longtext NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `consents` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`subject_digest` varchar(64) NOT NULL,
	`purpose` varchar(191) NOT NULL,
	`granted` boolean NOT NULL,
	`source` varchar(191) NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `consents_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`document_id` varchar(40) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`version` int NOT NULL,
	`origin` varchar(191) NOT NULL,
	`content` longtext NOT NULL,
	`metadata` longtext NOT NULL,
	`published` boolean NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `document_versions_id` PRIMARY KEY(`id`),
	CONSTRAINT `document_versions_unique` UNIQUE(`document_id`,`locale`,`version`)
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`name` varchar(191) NOT NULL,
	`format` varchar(191) NOT NULL,
	`source_locale` varchar(35) NOT NULL,
	`created_at` bigint NOT NULL,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `documents_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`document_id` varchar(40),
	`locale` varchar(35) NOT NULL,
	`rating` int NOT NULL,
	`comment` longtext,
	`variant` varchar(191),
	`created_at` bigint NOT NULL,
	CONSTRAINT `feedback_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `job_items` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`job_id` varchar(40) NOT NULL,
	`position` int NOT NULL,
	`status` varchar(191) NOT NULL,
	`input` longtext NOT NULL,
	`output` longtext,
	`error` longtext,
	`attempts` int NOT NULL,
	`lease_owner` varchar(191),
	`lease_expires_at` bigint,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `job_items_id` PRIMARY KEY(`id`),
	CONSTRAINT `job_items_position` UNIQUE(`job_id`,`position`)
);
--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`kind` varchar(191) NOT NULL,
	`status` varchar(191) NOT NULL,
	`input` longtext NOT NULL,
	`total_items` int NOT NULL,
	`created_at` bigint NOT NULL,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `jobs_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `requests` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`key_id` varchar(40),
	`route` varchar(191) NOT NULL,
	`status` int NOT NULL,
	`duration_ms` int NOT NULL,
	`units` int NOT NULL,
	`provider` varchar(191),
	`created_at` bigint NOT NULL,
	CONSTRAINT `requests_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` varchar(40) NOT NULL,
	`name` varchar(191) NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `tenants_id` PRIMARY KEY(`id`),
	CONSTRAINT `tenants_name_unique` UNIQUE(`name`)
);
--> statement-breakpoint
CREATE TABLE `translation_memory` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`segment_digest` varchar(64) NOT NULL,
	`source_locale` varchar(35) NOT NULL,
	`target_locale` varchar(35) NOT NULL,
	`profile_version` varchar(64) NOT NULL,
	`text` longtext NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `translation_memory_id` PRIMARY KEY(`id`),
	CONSTRAINT `translation_memory_unique` UNIQUE(`tenant_id`,`segment_digest`,`source_locale`,`target_locale`,`profile_version`)
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`endpoint_id` varchar(40) NOT NULL,
	`event_type` varchar(191) NOT NULL,
	`payload` longtext NOT NULL,
	`status` varchar(191) NOT NULL,
	`attempts` int NOT NULL,
	`response_status` int,
	`next_attempt_at` bigint,
	`created_at` bigint NOT NULL,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `webhook_deliveries_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`url` varchar(2048) NOT NULL,
	`description` varchar(191) NOT NULL,
	`events` longtext NOT NULL,
	`secret_ciphertext` varchar(191) NOT NULL,
	`enabled` boolean NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `webhook_endpoints_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `api_keys_tenant` ON `api_keys` (`tenant_id`);--> statement-breakpoint
CREATE INDEX `audit_log_tenant` ON `audit_log` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `consents_subject` ON `consents` (`tenant_id`,`subject_digest`);--> statement-breakpoint
CREATE INDEX `document_versions_tenant` ON `document_versions` (`tenant_id`,`document_id`);--> statement-breakpoint
CREATE INDEX `documents_tenant` ON `documents` (`tenant_id`);--> statement-breakpoint
CREATE INDEX `feedback_tenant` ON `feedback` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `job_items_status` ON `job_items` (`status`,`lease_expires_at`);--> statement-breakpoint
CREATE INDEX `jobs_tenant_status` ON `jobs` (`tenant_id`,`status`);--> statement-breakpoint
CREATE INDEX `requests_tenant_created` ON `requests` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint` ON `webhook_deliveries` (`tenant_id`,`endpoint_id`);--> statement-breakpoint
CREATE INDEX `webhook_endpoints_tenant` ON `webhook_endpoints` (`tenant_id`);