import { registerBlockType } from "@wordpress/blocks";
import metadata from "./block.json";
import Edit from "./edit.js";
import "./editor.scss";

// An editor tool: it inserts core blocks and saves only its settings, never markup of its own.
registerBlockType(metadata.name, {
  edit: Edit,
  save: () => null,
});
