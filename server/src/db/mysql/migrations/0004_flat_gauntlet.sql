CREATE TABLE `subject_records` (
	`id` varchar(40) NOT NULL,
	`tenant_id` varchar(40) NOT NULL,
	`subject_digest` varchar(64) NOT NULL,
	`kind` varchar(191) NOT NULL,
	`market` varchar(191) NOT NULL,
	`sealed` longtext NOT NULL,
	`created_at` bigint NOT NULL,
	`withdrawn_at` bigint,
	CONSTRAINT `subject_records_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `tenant_settings` (
	`tenant_id` varchar(40) NOT NULL,
	`name` varchar(191) NOT NULL,
	`value` longtext NOT NULL,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `tenant_settings_name` UNIQUE(`tenant_id`,`name`)
);
--> statement-breakpoint
CREATE INDEX `subject_records_subject` ON `subject_records` (`tenant_id`,`subject_digest`);