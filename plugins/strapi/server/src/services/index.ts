import jobs from "./jobs.ts";
import localizer from "./localizer.ts";
import settings from "./settings.ts";

export default { settings, localizer, jobs };
