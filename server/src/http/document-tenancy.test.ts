import { documentTenancyContract } from "./document-tenancy-contract.ts";

documentTenancyContract("sqlite", async () => ({ env: {}, cleanup: async () => {} }));
