import { registerPlugin } from "@wordpress/plugins";
import LocalizePanel from "./panel.js";

registerPlugin("frontier-localize", { render: LocalizePanel });
