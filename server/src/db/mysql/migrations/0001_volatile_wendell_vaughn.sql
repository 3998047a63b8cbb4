CREATE TABLE `localized_fields` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`document_key` varchar(191) NOT NULL,
	`field` varchar(100) NOT NULL,
	`locale` varchar(35) NOT NULL,
	`source_digest` varchar(64) NOT NULL,
	`content` longtext NOT NULL,
	`job_item_id` varchar(40) NOT NULL,
	`created_at` bigint NOT NULL,
	CONSTRAINT `localized_fields_id` PRIMARY KEY(`id`),
	CONSTRAINT `localized_fields_unique` UNIQUE(`tenant_id`,`document_key`,`field`,`locale`,`source_digest`)
);
