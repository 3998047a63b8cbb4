ALTER TABLE `documents` DROP INDEX `documents_tenant`, DROP PRIMARY KEY, ADD PRIMARY KEY(`tenant_id`,`id`);--> statement-breakpoint
ALTER TABLE `document_versions` DROP INDEX `document_versions_unique`, DROP INDEX `document_versions_tenant`, ADD CONSTRAINT `document_versions_unique` UNIQUE(`tenant_id`,`document_id`,`locale`,`version`);
