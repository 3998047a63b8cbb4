CREATE TABLE `subject_records` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`subject_digest` text NOT NULL,
	`kind` text NOT NULL,
	`market` text NOT NULL,
	`sealed` text NOT NULL,
	`created_at` integer NOT NULL,
	`withdrawn_at` integer
);
--> statement-breakpoint
CREATE INDEX `subject_records_subject` ON `subject_records` (`tenant_id`,`subject_digest`);--> statement-breakpoint
CREATE TABLE `tenant_settings` (
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenant_settings_name` ON `tenant_settings` (`tenant_id`,`name`);