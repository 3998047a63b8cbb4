const path = require("node:path");

// The plugin is the package around this app; Strapi runs with the app directory as its working directory.
module.exports = () => ({
  frontier: { enabled: true, resolve: path.resolve(process.cwd(), "..") },
});
