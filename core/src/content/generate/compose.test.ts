import { describe, expect, it } from "vitest";
import { contentTypes } from "../content-types.ts";
import { composeFromTemplates, type TemplateBrief } from "./compose.ts";
import { industries } from "./industries.ts";
import { tones } from "./tones.ts";

const brief: TemplateBrief = {
  subject: "zapatillas de running ligeras",
  contentType: "product_description",
  industry: "sports",
  tone: "friendly",
  targetWords: 40,
  language: "es",
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("composeFromTemplates", () => {
  it("writes about the subject with the industry's benefit and a closing call to action", () => {
    const copy = composeFromTemplates(brief);
    expect(copy).toContain("zapatillas de running ligeras");
    expect(copy).toContain("rendimiento y comodidad");
    expect(copy).toMatch(/Pide hoy y recíbelas en tu casa\.$/);
  });

  it("makes the lines about the subject agree with it, from its article, the lexicon or its ending", () => {
    const write = (subject: string, industry: TemplateBrief["industry"], language: TemplateBrief["language"] = "es") =>
      composeFromTemplates({ ...brief, subject, industry, language, targetWords: 80 });
    // Plural masculine from the lexicon (tenis), plural feminine from the ending, feminine from the article.
    expect(write("tenis para correr", "general")).toContain(
      "Te presentamos nuestros tenis para correr. Te ofrecen calidad pensada para tu día a día. Están hechos para durar y son fáciles de usar. Los elegimos",
    );
    expect(write("zapatillas ligeras", "sports")).toContain("Son ligeras y resistentes. Te acompañan en el gimnasio");
    expect(write("la nueva cafetera", "home")).toMatch(
      /^Te presentamos la nueva cafetera\. .*Es fácil de limpiar.*recíbela en tu casa\.$/,
    );
    expect(write("crema hidratante", "beauty")).toContain("antes de usarla.");
    expect(write("smartphone", "electronics")).toContain(
      "Se configura en minutos y funciona desde el primer día. Incluye",
    );
    expect(write("tênis de corrida", "sports", "pt")).toContain("Apresentamos os nossos tênis de corrida. Oferecem");
    expect(write("tênis de corrida", "sports", "pt")).toContain("São leves e resistentes. Acompanham você");
    expect(write("cafeteira elétrica", "home", "pt")).toContain("Apresentamos a nossa cafeteira elétrica. Oferece");
    // A prompt's capital is dropped for a common noun, kept for a name.
    expect(write("Auriculares inalámbricos", "electronics")).toMatch(
      /^Te presentamos nuestros auriculares inalámbricos\./,
    );
    expect(write("iPhone 15", "electronics")).toMatch(/^Te presentamos nuestro iPhone 15\./);
    expect(write("Nike Air", "sports")).toMatch(/^Te presentamos nuestro Nike Air\./);
  });

  it("grows towards the target length and stays short when asked", () => {
    const short = composeFromTemplates({ ...brief, targetWords: 10 });
    const long = composeFromTemplates({ ...brief, targetWords: 200 });
    expect(words(long)).toBeGreaterThan(words(short));
  });

  it("mentions the market's retail event only when one is given", () => {
    expect(composeFromTemplates({ ...brief, targetWords: 200, event: "Hot Sale" })).toContain("Ideal para Hot Sale.");
    expect(composeFromTemplates({ ...brief, targetWords: 200 })).not.toContain("{event}");
  });

  it("fills every slot for every content type, industry, tone and language", () => {
    for (const language of ["es", "pt"] as const) {
      for (const contentType of contentTypes) {
        for (const industry of industries) {
          for (const tone of tones) {
            const copy = composeFromTemplates({
              ...brief,
              language,
              contentType,
              industry,
              tone,
              event: "Black Friday",
            });
            expect(copy, `${language} ${contentType} ${industry} ${tone}`).not.toMatch(/[{}]/);
            expect(copy.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it("writes one line for subjects, headlines and SMS", () => {
    for (const contentType of ["email_subject", "ad_headline", "sms"] as const) {
      expect(composeFromTemplates({ ...brief, contentType, targetWords: 200 })).not.toContain("\n");
    }
  });

  it("writes e-mail bodies as paragraphs", () => {
    expect(composeFromTemplates({ ...brief, contentType: "email_body", targetWords: 120 }).split("\n\n").length).toBe(
      3,
    );
  });
});
