import type { ContentType } from "../content-types.ts";
import type { Industry } from "./industries.ts";
import type { Tone } from "./tones.ts";

// Plain, honest copy for the offline rules provider. Spanish templates are written once in the tú
// form with neutral Latin American vocabulary; the cultural engine then moves them to each market's
// address form and lexicon, so a template is per market by construction. Portuguese is written in the
// você form for Brazil. Slots: {subject} is the brief's subject, {Subject} the same capitalized,
// {event} the market's next retail event; the other slots are words that agree with the subject (agreement.ts:
// {hecho} → hechas for "zapatillas"). Templates make no price, credit or health claims.

export type TemplateLanguage = "es" | "pt";

export interface IndustryLines {
  benefit: string;
  details: readonly string[];
}

export interface LanguageTemplates {
  industries: Record<Industry, IndustryLines>;
  openers: Record<Tone, string>;
  closers: Record<Tone, string>;
  benefitLine: string;
  eventLine: string;
  delivery: string;
  subjects: Record<Tone, string>;
  headlines: Record<Tone, string>;
  sms: string;
  blogOpeners: readonly string[];
  socialTags: string;
}

export const templates: Record<TemplateLanguage, LanguageTemplates> = {
  es: {
    industries: {
      general: {
        benefit: "calidad pensada para tu día a día",
        details: [
          "{Esta} {hecho} para durar y {es} {facil} de usar.",
          "{Lo} elegimos con cuidado para que compres con confianza.",
        ],
      },
      fashion: {
        benefit: "estilo cómodo para cada ocasión",
        details: [
          "Los materiales son suaves y resistentes.",
          "{Combina} con la ropa que ya tienes.",
          "Encuentra tu talla en nuestra guía de tallas.",
        ],
      },
      electronics: {
        benefit: "tecnología confiable que simplifica tu rutina",
        details: [
          "Se {configura} en minutos y {funciona} desde el primer día.",
          "{Incluye} garantía del fabricante.",
          "Revisa la ficha técnica para conocer cada detalle.",
        ],
      },
      beauty: {
        benefit: "cuidado diario para sentirte bien",
        details: ["Su fórmula es suave con tu piel.", "Lee la lista de ingredientes antes de {usarlo}."],
      },
      home: {
        benefit: "comodidad y orden para tu casa",
        details: ["{Es} {facil} de limpiar y de mantener.", "Su diseño se adapta a espacios pequeños."],
      },
      food: {
        benefit: "sabor de verdad para compartir en la mesa",
        details: [
          "{Lo} preparamos con ingredientes seleccionados.",
          "Consulta la información nutricional en el empaque.",
        ],
      },
      sports: {
        benefit: "rendimiento y comodidad en cada entrenamiento",
        details: ["{Es} {ligero} y {resistente}.", "Te {acompana} en el gimnasio y al aire libre."],
      },
      toys: {
        benefit: "diversión segura para aprender jugando",
        details: ["Revisa la edad recomendada en el empaque.", "Sus piezas son resistentes para jugar todos los días."],
      },
      travel: {
        benefit: "experiencias para recordar",
        details: ["Planifica tu viaje con tiempo y sin complicaciones.", "Consulta las condiciones antes de reservar."],
      },
    },
    openers: {
      friendly: "Te presentamos {ourSubject}.",
      professional: "Presentamos {ourSubject}.",
      enthusiastic: "¡{Llego} {ourSubject}!",
      premium: "Descubre {ourSubject}, una selección exclusiva.",
      urgent: "Últimas unidades de {subject}.",
    },
    closers: {
      friendly: "Pide hoy y {recibelo} en tu casa.",
      professional: "Haz tu pedido hoy.",
      enthusiastic: "¡{Compralo} hoy!",
      premium: "Elige lo mejor para ti.",
      urgent: "Aprovecha hoy, antes de que se {agote}.",
    },
    benefitLine: "Te {ofrece} {benefit}.",
    eventLine: "Ideal para {event}.",
    delivery: "Hacemos envíos a todo el país.",
    subjects: {
      friendly: "{Subject} te {espera}",
      professional: "Conoce {subject}",
      enthusiastic: "¡{Llego} {subject}!",
      premium: "{Subject}: una selección exclusiva",
      urgent: "Últimas horas: {subject}",
    },
    headlines: {
      friendly: "{Subject} para tu día a día",
      professional: "{Subject}: calidad que se nota",
      enthusiastic: "¡{Subject} ya {esta} aquí!",
      premium: "{Subject}, una selección exclusiva",
      urgent: "{Subject}: últimas unidades",
    },
    sms: "{Subject}: {benefit}. Pide hoy en nuestra tienda.",
    blogOpeners: [
      "Elegir {subject} no tiene por qué ser difícil.",
      "En esta guía te contamos qué mirar antes de comprar.",
      "Vamos paso a paso, con consejos prácticos.",
    ],
    socialTags: "#novedades",
  },
  pt: {
    industries: {
      general: {
        benefit: "qualidade pensada para o seu dia a dia",
        details: [
          "{E} {feito} para durar e {e} {facil} de usar.",
          "Escolhemos com cuidado para você comprar com confiança.",
        ],
      },
      fashion: {
        benefit: "estilo confortável para cada ocasião",
        details: [
          "Os materiais são macios e resistentes.",
          "{Combina} com o que você já tem no guarda-roupa.",
          "Encontre o seu tamanho na nossa tabela de medidas.",
        ],
      },
      electronics: {
        benefit: "tecnologia confiável que simplifica a sua rotina",
        details: [
          "Você configura em minutos e usa desde o primeiro dia.",
          "{Inclui} garantia do fabricante.",
          "Confira a ficha técnica para conhecer cada detalhe.",
        ],
      },
      beauty: {
        benefit: "cuidado diário para você se sentir bem",
        details: ["A fórmula é suave com a sua pele.", "Leia a lista de ingredientes antes de usar."],
      },
      home: {
        benefit: "conforto e organização para a sua casa",
        details: ["{E} {facil} de limpar e de manter.", "O design se adapta a espaços pequenos."],
      },
      food: {
        benefit: "sabor de verdade para compartilhar à mesa",
        details: ["Preparamos com ingredientes selecionados.", "Confira a informação nutricional na embalagem."],
      },
      sports: {
        benefit: "desempenho e conforto em cada treino",
        details: ["{E} {leve} e {resistente}.", "{Acompanha} você na academia e ao ar livre."],
      },
      toys: {
        benefit: "diversão segura para aprender brincando",
        details: ["Confira a idade recomendada na embalagem.", "As peças são resistentes para brincar todos os dias."],
      },
      travel: {
        benefit: "experiências para lembrar",
        details: ["Planeje a sua viagem com tempo e sem complicações.", "Confira as condições antes de reservar."],
      },
    },
    openers: {
      friendly: "Apresentamos {ourSubject}.",
      professional: "Conheça {ourSubject}.",
      enthusiastic: "{Chegou} {ourSubject}!",
      premium: "Descubra {ourSubject}, uma seleção exclusiva.",
      urgent: "Últimas unidades de {subject}.",
    },
    closers: {
      friendly: "Peça hoje e receba na sua casa.",
      professional: "Faça o seu pedido hoje.",
      enthusiastic: "Compre hoje!",
      premium: "Escolha o melhor para você.",
      urgent: "Aproveite hoje, antes que acabe.",
    },
    benefitLine: "{Oferece} {benefit}.",
    eventLine: "Ideal para {event}.",
    delivery: "Entregamos em todo o Brasil.",
    subjects: {
      friendly: "{Subject} {espera} por você",
      professional: "Conheça {subject}",
      enthusiastic: "{Chegou} {subject}!",
      premium: "{Subject}: uma seleção exclusiva",
      urgent: "Últimas horas: {subject}",
    },
    headlines: {
      friendly: "{Subject} para o seu dia a dia",
      professional: "{Subject}: qualidade que se nota",
      enthusiastic: "{Subject} já {chegou}!",
      premium: "{Subject}, uma seleção exclusiva",
      urgent: "{Subject}: últimas unidades",
    },
    sms: "{Subject}: {benefit}. Peça hoje na nossa loja.",
    blogOpeners: [
      "Escolher {subject} não precisa ser difícil.",
      "Neste guia contamos o que observar antes de comprar.",
      "Vamos passo a passo, com dicas práticas.",
    ],
    socialTags: "#novidades",
  },
};

/** Content types whose copy is one line with no sentences to add. */
export const oneLineTypes: ReadonlySet<ContentType> = new Set(["email_subject", "ad_headline", "sms"]);
