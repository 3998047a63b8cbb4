// Market data: profiles, lexicon, calendars and laws. Data only; the engine lives in @frontier-ai/core.
export {};
