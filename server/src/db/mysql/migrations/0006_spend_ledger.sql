CREATE TABLE `spend_ledger` (
	`scope` varchar(100) NOT NULL,
	`period` varchar(10) NOT NULL,
	`usd` double NOT NULL,
	`updated_at` bigint NOT NULL,
	CONSTRAINT `spend_ledger_scope` UNIQUE(`scope`,`period`)
);
