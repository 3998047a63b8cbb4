import { registerBlockType } from "@wordpress/blocks";
import metadata from "./block.json";
import Edit from "./edit.js";

// Rendered on the server (render.php): the saved markup is the comment delimiter with its attributes.
registerBlockType(metadata.name, {
  edit: Edit,
  save: () => null,
});
