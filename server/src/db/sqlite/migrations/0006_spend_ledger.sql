CREATE TABLE `spend_ledger` (
	`scope` text NOT NULL,
	`period` text NOT NULL,
	`usd` real NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spend_ledger_scope` ON `spend_ledger` (`scope`,`period`);