// Test files call the site's PHP helper (wp-tool.php) through this: the site's data come from inject("site").
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SiteInfo } from "../global-setup.ts";
import { run } from "./php.ts";

export async function tool(site: SiteInfo, command: string, ...args: string[]): Promise<unknown> {
  const result = await run("php", [join(import.meta.dirname, "wp-tool.php"), site.root, command, ...args], {
    FRONTIER_WP_URL: site.url,
  });
  if (result.code !== 0) throw new Error(`wp-tool ${command} failed: ${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Creates a published post by one of the test users; returns its id. */
export async function createPost(site: SiteInfo, author: string, title: string, content: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "frontier-wordpress-post-"));
  try {
    const file = join(dir, "post.json");
    writeFileSync(
      file,
      JSON.stringify({ post_title: title, post_content: content, post_status: "publish", author_login: author }),
    );
    const answer = (await tool(site, "create-post", file)) as { post_id: unknown };
    if (typeof answer.post_id !== "number") throw new Error(`no post created: ${JSON.stringify(answer)}`);
    return answer.post_id;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
