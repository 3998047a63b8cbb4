import { describe, expect, it, vi } from "vitest";
import { runInBackground, settleBackgroundWork } from "./background.server.ts";

describe("background work", () => {
  it("returns at once, and settles after the task, logging failures instead of throwing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const infos = vi.spyOn(console, "info").mockImplementation(() => {});
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let finished = false;
    runInBackground("slow", async () => {
      await gate;
      finished = true;
      return "done";
    });
    runInBackground("failing", async () => {
      throw new Error("boom");
    });
    expect(finished).toBe(false);
    release();
    await settleBackgroundWork();
    expect(finished).toBe(true);
    expect(infos).toHaveBeenCalledWith("slow", "done");
    expect(errors).toHaveBeenCalledWith("failing", expect.objectContaining({ message: "boom" }));
    errors.mockRestore();
    infos.mockRestore();
  });
});
