DROP INDEX `document_versions_tenant`;--> statement-breakpoint
DROP INDEX `document_versions_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `document_versions_unique` ON `document_versions` (`tenant_id`,`document_id`,`locale`,`version`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_documents` (
	`id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`format` text NOT NULL,
	`source_locale` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`)
);
--> statement-breakpoint
INSERT INTO `__new_documents`("id", "tenant_id", "name", "format", "source_locale", "created_at", "updated_at") SELECT "id", "tenant_id", "name", "format", "source_locale", "created_at", "updated_at" FROM `documents`;--> statement-breakpoint
DROP TABLE `documents`;--> statement-breakpoint
ALTER TABLE `__new_documents` RENAME TO `documents`;--> statement-breakpoint
PRAGMA foreign_keys=ON;