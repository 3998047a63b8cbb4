// The line formats of the fine-tuning files, as zod schemas so every exported line can be checked.
import { z } from "zod";

const chatMessage = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string().min(1),
  /** Assistant turns only: 0 excludes the turn from training. */
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
});

/**
 * OpenAI's chat fine-tuning line: `{"messages":[...]}` with at least one assistant message, roles system, user and
 * assistant, non-empty string contents (https://platform.openai.com/docs/guides/supervised-fine-tuning).
 */
export const openAiChatFineTuningLine = z
  .object({ messages: z.array(chatMessage).min(2) })
  .strict()
  .refine((line) => line.messages.some((message) => message.role === "assistant"), "needs an assistant message")
  .refine(
    (line) => line.messages.every((message) => message.weight === undefined || message.role === "assistant"),
    "only assistant messages carry a weight",
  );

export type OpenAiChatFineTuningLine = z.infer<typeof openAiChatFineTuningLine>;

/**
 * ShareGPT-style conversations, read by axolotl (`type: chat_template`, `field_messages: conversations`,
 * `message_property_mappings: {role: from, content: value}`) and by Unsloth/TRL after `standardize_sharegpt`.
 */
export const shareGptLine = z
  .object({
    conversations: z
      .array(z.object({ from: z.enum(["system", "human", "gpt"]), value: z.string().min(1) }).strict())
      .min(2),
  })
  .strict();

export type ShareGptLine = z.infer<typeof shareGptLine>;
