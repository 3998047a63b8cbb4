CREATE TABLE `content_variants` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`content_id` varchar(191) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`name` varchar(64) NOT NULL,
	`content` longtext NOT NULL,
	`control` boolean NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `content_variants_id` PRIMARY KEY(`id`),
	CONSTRAINT `content_variants_name` UNIQUE(`tenant_id`,`content_id`,`locale`,`name`)
);
--> statement-breakpoint
CREATE TABLE `lexicon_suggestions` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`from_term` varchar(120) NOT NULL,
	`to_term` varchar(120) NOT NULL,
	`replacements` int NOT NULL,
	`occurrences` int NOT NULL,
	`confidence` double NOT NULL,
	`status` varchar(16) NOT NULL,
	`decided_at` bigint,
	`created_at` bigint NOT NULL,
	CONSTRAINT `lexicon_suggestions_id` PRIMARY KEY(`id`),
	CONSTRAINT `lexicon_suggestions_pair` UNIQUE(`tenant_id`,`locale`,`from_term`,`to_term`)
);
--> statement-breakpoint
CREATE TABLE `memory_embeddings` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`content_id` varchar(191) NOT NULL,
	`text` longtext NOT NULL,
	`model` varchar(120) NOT NULL,
	`vector` longblob NOT NULL,
	`performance` double NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `memory_embeddings_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `segment_edits` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`content_id` varchar(191) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`segment_index` int NOT NULL,
	`kind` varchar(16) NOT NULL,
	`prompt` longtext NOT NULL,
	`generated` longtext NOT NULL,
	`final` longtext NOT NULL,
	`operations` longtext NOT NULL,
	`edited` boolean NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `segment_edits_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `storefront_events` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`content_id` varchar(191) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`variant_id` varchar(40),
	`type` varchar(16) NOT NULL,
	`occurred_at` bigint NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `storefront_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `memory_embeddings_tenant` ON `memory_embeddings` (`tenant_id`,`locale`);--> statement-breakpoint
CREATE INDEX `segment_edits_tenant` ON `segment_edits` (`tenant_id`,`locale`,`created_at`);--> statement-breakpoint
CREATE INDEX `storefront_events_content` ON `storefront_events` (`tenant_id`,`content_id`,`locale`,`type`);