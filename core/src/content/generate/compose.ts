import type { ContentType } from "../content-types.ts";
import { agreeingWords, inSentence, subjectAgreement, withPossessive } from "./agreement.ts";
import type { Industry } from "./industries.ts";
import { type TemplateLanguage, templates } from "./templates.ts";
import type { Tone } from "./tones.ts";

export interface TemplateBrief {
  /** What the copy is about, as the user wrote it ("zapatillas de running ligeras"). */
  subject: string;
  contentType: ContentType;
  industry: Industry;
  tone: Tone;
  targetWords: number;
  language: TemplateLanguage;
  /** The market's next retail event, when one is near ("Hot Sale"). */
  event?: string;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Adds optional sentences in order while the copy is shorter than its target. */
function fillToLength(required: { head: string[]; tail: string[] }, optional: readonly string[], target: number) {
  const body = [...required.head];
  let words = wordCount([...required.head, ...required.tail].join(" "));
  for (const sentence of optional) {
    if (words >= target) break;
    body.push(sentence);
    words += wordCount(sentence);
  }
  return [...body, ...required.tail];
}

/** Writes plain copy for a brief from the language's templates, in the tú (Spanish) or você (Portuguese) form. */
export function composeFromTemplates(brief: TemplateBrief): string {
  const language = templates[brief.language];
  const subject = inSentence(brief.subject.trim().replace(/[.!?]+$/u, ""), brief.language);
  const lines = language.industries[brief.industry];
  const agreement = subjectAgreement(subject, brief.language);
  const values = {
    ...agreeingWords(brief.language, agreement),
    ourSubject: withPossessive(subject, brief.language, agreement),
    subject,
    Subject: capitalize(subject),
    benefit: lines.benefit,
    event: brief.event ?? "",
  };
  const sentence = (template: string) => fill(template, values);
  const eventLines = brief.event ? [sentence(language.eventLine)] : [];

  switch (brief.contentType) {
    case "email_subject":
      return sentence(language.subjects[brief.tone]);
    case "ad_headline":
      return sentence(language.headlines[brief.tone]);
    case "sms":
      return sentence(language.sms);
    case "social_post":
      return fillToLength(
        {
          head: [sentence(language.openers[brief.tone]), sentence(language.benefitLine)],
          tail: [sentence(language.closers[brief.tone]), language.socialTags],
        },
        [...eventLines, ...lines.details.map(sentence)],
        brief.targetWords,
      ).join(" ");
    case "blog_intro":
      return fillToLength(
        { head: language.blogOpeners.slice(0, 1).map(sentence), tail: [] },
        [
          sentence(language.benefitLine),
          ...language.blogOpeners.slice(1).map(sentence),
          ...lines.details.map(sentence),
        ],
        brief.targetWords,
      ).join(" ");
    case "email_body": {
      const sentences = fillToLength(
        {
          head: [sentence(language.openers[brief.tone]), sentence(language.benefitLine)],
          tail: [sentence(language.closers[brief.tone])],
        },
        [...lines.details.map(sentence), ...eventLines, language.delivery],
        brief.targetWords,
      );
      // Opening, body and closing as paragraphs.
      return [sentences.slice(0, 2).join(" "), sentences.slice(2, -1).join(" "), sentences.at(-1) ?? ""]
        .filter(Boolean)
        .join("\n\n");
    }
    case "product_description":
      return fillToLength(
        {
          head: [sentence(language.openers[brief.tone]), sentence(language.benefitLine)],
          tail: [sentence(language.closers[brief.tone])],
        },
        [...lines.details.map(sentence), ...eventLines, language.delivery],
        brief.targetWords,
      ).join(" ");
  }
}
