import type { FakeReply, RecordedRequest } from "@frontier-ai/core/testing";
import { z } from "zod";

/**
 * What the fake model provider answers to the localize pipeline: the segment protocol's JSON document
 * arrives as the user message (`{task, source_locale, target_locale, segments:[{id,text}]}`) and the
 * answer is `{segments, changes}` with the same ids. The "translation" is a tiny lexicon swap per market,
 * deterministic and visible in the copy, so a test can tell which market's copy went where.
 */
type Rule = { from: string; to: Readonly<Record<string, string>>; reason: string };

const lexicon: readonly Rule[] = [
  {
    from: "computer",
    to: {
      "es-MX": "computadora",
      "es-AR": "computadora",
      "es-CO": "computador",
      "es-CL": "computador",
      "pt-BR": "computador",
    },
    reason: "regional word for computer",
  },
  {
    from: "ordenador",
    to: {
      "es-MX": "computadora",
      "es-AR": "computadora",
      "es-CO": "computador",
      "es-CL": "computador",
      "pt-BR": "computador",
    },
    reason: "regional word for computer",
  },
  {
    from: "cell phone",
    to: { "es-MX": "celular", "es-AR": "celular", "es-CO": "celular", "es-CL": "celular", "pt-BR": "celular" },
    reason: "regional word for mobile phone",
  },
  {
    from: "You get",
    to: { "es-MX": "Recibes", "es-AR": "Recibís", "es-CO": "Usted recibe", "es-CL": "Recibes", "pt-BR": "Você recebe" },
    reason: "address form of the market (tú / vos / usted / você)",
  },
];

const chatBody = z.object({
  messages: z.array(z.object({ role: z.string(), content: z.string() })),
  response_format: z.object({ type: z.literal("json_schema") }),
});

const segmentRequest = z.object({
  task: z.literal("localize"),
  source_locale: z.string(),
  target_locale: z.string(),
  segments: z.array(z.object({ id: z.string(), text: z.string() })),
});

export type Change = { from: string; to: string; reason: string };

/** Swaps whole words of the lexicon; placeholders such as ⟨1⟩…⟨/1⟩ are left where they are. */
export function translateText(text: string, locale: string): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  let translated = text;
  for (const rule of lexicon) {
    const replacement = rule.to[locale];
    const pattern = new RegExp(`\\b${rule.from}\\b`, "g");
    if (replacement === undefined || !pattern.test(translated)) continue;
    translated = translated.replace(pattern, replacement);
    changes.push({ from: rule.from, to: replacement, reason: rule.reason });
  }
  return { text: translated, changes };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The fake OpenAI's responder: a structured answer to a segment request, a 400 to anything else. */
export function answerSegmentRequest(request: RecordedRequest): FakeReply {
  const chat = chatBody.safeParse(request.body);
  const user = chat.success ? chat.data.messages.findLast((message) => message.role === "user") : undefined;
  const parsed = user ? segmentRequest.safeParse(parseJson(user.content)) : undefined;
  if (!parsed?.success) {
    return { status: 400, errorType: "invalid_request_error", errorMessage: "not a segment request" };
  }
  const changes: Change[] = [];
  const segments = parsed.data.segments.map((segment) => {
    const translated = translateText(segment.text, parsed.data.target_locale);
    changes.push(...translated.changes);
    return { id: segment.id, text: translated.text };
  });
  return { object: { segments, changes } };
}
