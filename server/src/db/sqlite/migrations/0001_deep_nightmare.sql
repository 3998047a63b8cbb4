CREATE TABLE `localized_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`document_key` text NOT NULL,
	`field` text NOT NULL,
	`locale` text NOT NULL,
	`source_digest` text NOT NULL,
	`content` text NOT NULL,
	`job_item_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `localized_fields_unique` ON `localized_fields` (`tenant_id`,`document_key`,`field`,`locale`,`source_digest`);