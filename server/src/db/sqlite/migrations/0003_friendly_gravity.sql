CREATE TABLE `content_variants` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`content_id` text NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`content` text NOT NULL,
	`control` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `content_variants_name` ON `content_variants` (`tenant_id`,`content_id`,`locale`,`name`);--> statement-breakpoint
CREATE TABLE `lexicon_suggestions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`locale` text NOT NULL,
	`from_term` text NOT NULL,
	`to_term` text NOT NULL,
	`replacements` integer NOT NULL,
	`occurrences` integer NOT NULL,
	`confidence` real NOT NULL,
	`status` text NOT NULL,
	`decided_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lexicon_suggestions_pair` ON `lexicon_suggestions` (`tenant_id`,`locale`,`from_term`,`to_term`);--> statement-breakpoint
CREATE TABLE `memory_embeddings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`locale` text NOT NULL,
	`content_id` text NOT NULL,
	`text` text NOT NULL,
	`model` text NOT NULL,
	`vector` blob NOT NULL,
	`performance` real NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `memory_embeddings_tenant` ON `memory_embeddings` (`tenant_id`,`locale`);--> statement-breakpoint
CREATE TABLE `segment_edits` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`content_id` text NOT NULL,
	`locale` text NOT NULL,
	`segment_index` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`generated` text NOT NULL,
	`final` text NOT NULL,
	`operations` text NOT NULL,
	`edited` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `segment_edits_tenant` ON `segment_edits` (`tenant_id`,`locale`,`created_at`);--> statement-breakpoint
CREATE TABLE `storefront_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`content_id` text NOT NULL,
	`locale` text NOT NULL,
	`variant_id` text,
	`type` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `storefront_events_content` ON `storefront_events` (`tenant_id`,`content_id`,`locale`,`type`);