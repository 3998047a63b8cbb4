import frontier from "./frontier.ts";

export default { frontier };
