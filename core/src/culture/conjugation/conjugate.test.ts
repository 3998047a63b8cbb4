import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stressedNucleus } from "../text/accents.ts";
import { conjugate } from "./conjugate.ts";
import { REGULAR_VERBS } from "./verbs.ts";

describe("conjugate", () => {
  it.each([
    // verb, tú present, vos present, tú imperative, vos imperative, usted imperative, vosotros present, ustedes imperative
    ["comprar", "compras", "comprás", "compra", "comprá", "compre", "compráis", "compren"],
    ["tener", "tienes", "tenés", "ten", "tené", "tenga", "tenéis", "tengan"],
    ["venir", "vienes", "venís", "ven", "vení", "venga", "venís", "vengan"],
    ["ser", "eres", "sos", "sé", "sé", "sea", "sois", "sean"],
    ["ir", "vas", "vas", "ve", "andá", "vaya", "vais", "vayan"],
    ["poder", "puedes", "podés", "puede", "podé", "pueda", "podéis", "puedan"],
    ["querer", "quieres", "querés", "quiere", "queré", "quiera", "queréis", "quieran"],
    ["hacer", "haces", "hacés", "haz", "hacé", "haga", "hacéis", "hagan"],
    ["decir", "dices", "decís", "di", "decí", "diga", "decís", "digan"],
    ["poner", "pones", "ponés", "pon", "poné", "ponga", "ponéis", "pongan"],
    ["salir", "sales", "salís", "sal", "salí", "salga", "salís", "salgan"],
    ["saber", "sabes", "sabés", "sabe", "sabé", "sepa", "sabéis", "sepan"],
    ["dar", "das", "das", "da", "da", "dé", "dais", "den"],
    ["ver", "ves", "ves", "ve", "ve", "vea", "veis", "vean"],
    ["estar", "estás", "estás", "está", "está", "esté", "estáis", "estén"],
    ["conocer", "conoces", "conocés", "conoce", "conocé", "conozca", "conocéis", "conozcan"],
    ["pedir", "pides", "pedís", "pide", "pedí", "pida", "pedís", "pidan"],
    ["seguir", "sigues", "seguís", "sigue", "seguí", "siga", "seguís", "sigan"],
    ["elegir", "eliges", "elegís", "elige", "elegí", "elija", "elegís", "elijan"],
    ["descubrir", "descubres", "descubrís", "descubre", "descubrí", "descubra", "descubrís", "descubran"],
    ["jugar", "juegas", "jugás", "juega", "jugá", "juegue", "jugáis", "jueguen"],
    ["empezar", "empiezas", "empezás", "empieza", "empezá", "empiece", "empezáis", "empiecen"],
    ["buscar", "buscas", "buscás", "busca", "buscá", "busque", "buscáis", "busquen"],
    ["pagar", "pagas", "pagás", "paga", "pagá", "pague", "pagáis", "paguen"],
    ["incluir", "incluyes", "incluís", "incluye", "incluí", "incluya", "incluís", "incluyan"],
    ["dormir", "duermes", "dormís", "duerme", "dormí", "duerma", "dormís", "duerman"],
    ["mantener", "mantienes", "mantenés", "mantén", "mantené", "mantenga", "mantenéis", "mantengan"],
    ["oír", "oyes", "oís", "oye", "oí", "oiga", "oís", "oigan"],
    ["enviar", "envías", "enviás", "envía", "enviá", "envíe", "enviáis", "envíen"],
  ])("%s", (verb, tu, vos, imperativeTu, imperativeVos, usted, vosotros, ustedes) => {
    const paradigm = conjugate(verb);
    expect(paradigm.present.tu).toBe(tu);
    expect(paradigm.present.vos).toBe(vos);
    expect(paradigm.imperative.tu).toBe(imperativeTu);
    expect(paradigm.imperative.vos).toBe(imperativeVos);
    expect(paradigm.imperative.el).toBe(usted);
    expect(paradigm.present.vosotros).toBe(vosotros);
    expect(paradigm.imperative.ellos).toBe(ustedes);
  });

  it("keeps negative commands in the subjunctive, the same for tú and vos", () => {
    for (const verb of ["comprar", "perder", "venir", "elegir", "ser"]) {
      const paradigm = conjugate(verb);
      expect(paradigm.subjunctive.vos).toBe(paradigm.subjunctive.tu);
    }
    expect(conjugate("perder").subjunctive.tu).toBe("pierdas");
    expect(conjugate("sentir").subjunctive.nosotros).toBe("sintamos");
    expect(conjugate("pedir").gerund).toBe("pidiendo");
    expect(conjugate("tener").future.tu).toBe("tendrás");
    expect(conjugate("hacer").participle).toBe("hecho");
  });

  it.each([
    // verb, tú (= vos), él/usted, vosotros, ellos/ustedes
    ["comprar", "compraste", "compró", "comprasteis", "compraron"],
    ["buscar", "buscaste", "buscó", "buscasteis", "buscaron"],
    ["elegir", "elegiste", "eligió", "elegisteis", "eligieron"],
    ["dormir", "dormiste", "durmió", "dormisteis", "durmieron"],
    ["leer", "leíste", "leyó", "leísteis", "leyeron"],
    ["incluir", "incluiste", "incluyó", "incluisteis", "incluyeron"],
    ["tener", "tuviste", "tuvo", "tuvisteis", "tuvieron"],
    ["hacer", "hiciste", "hizo", "hicisteis", "hicieron"],
    ["decir", "dijiste", "dijo", "dijisteis", "dijeron"],
    ["conducir", "condujiste", "condujo", "condujisteis", "condujeron"],
    ["mantener", "mantuviste", "mantuvo", "mantuvisteis", "mantuvieron"],
    ["ser", "fuiste", "fue", "fuisteis", "fueron"],
    ["dar", "diste", "dio", "disteis", "dieron"],
    ["ver", "viste", "vio", "visteis", "vieron"],
    ["reír", "reíste", "rio", "reísteis", "rieron"],
  ])("preterite of %s", (verb, tu, el, vosotros, ellos) => {
    const { preterite } = conjugate(verb);
    expect([preterite.tu, preterite.vos, preterite.el, preterite.vosotros, preterite.ellos]).toEqual([
      tu,
      tu,
      el,
      vosotros,
      ellos,
    ]);
    expect(conjugate("pagar").preterite.yo).toBe("pagué");
  });

  it.each([
    // verb, tú (= vos), él/usted, vosotros, ellos/ustedes
    ["comprar", "comprabas", "compraba", "comprabais", "compraban"],
    ["vivir", "vivías", "vivía", "vivíais", "vivían"],
    ["tener", "tenías", "tenía", "teníais", "tenían"],
    ["leer", "leías", "leía", "leíais", "leían"],
    ["oír", "oías", "oía", "oíais", "oían"],
    ["ser", "eras", "era", "erais", "eran"],
    ["ir", "ibas", "iba", "ibais", "iban"],
    ["ver", "veías", "veía", "veíais", "veían"],
  ])("imperfect of %s", (verb, tu, el, vosotros, ellos) => {
    const { imperfect } = conjugate(verb);
    expect([imperfect.tu, imperfect.vos, imperfect.el, imperfect.vosotros, imperfect.ellos]).toEqual([
      tu,
      tu,
      el,
      vosotros,
      ellos,
    ]);
    expect(conjugate("comprar").imperfect.nosotros).toBe("comprábamos");
    expect(conjugate("ir").imperfect.nosotros).toBe("íbamos");
  });

  it.each([
    ["comprar", "compraras", "compráramos", "comprarais", "compraseis"],
    ["tener", "tuvieras", "tuviéramos", "tuvierais", "tuvieseis"],
    ["ser", "fueras", "fuéramos", "fuerais", "fueseis"],
    ["decir", "dijeras", "dijéramos", "dijerais", "dijeseis"],
    ["leer", "leyeras", "leyéramos", "leyerais", "leyeseis"],
    ["pedir", "pidieras", "pidiéramos", "pidierais", "pidieseis"],
    ["conducir", "condujeras", "condujéramos", "condujerais", "condujeseis"],
  ])("past subjunctive of %s, in -ra and -se, from the preterite", (verb, tu, nosotros, vosotros, vosotrosSe) => {
    const { pastSubjunctive, pastSubjunctiveSe } = conjugate(verb);
    expect([pastSubjunctive.tu, pastSubjunctive.vos, pastSubjunctive.nosotros, pastSubjunctive.vosotros]).toEqual([
      tu,
      tu,
      nosotros,
      vosotros,
    ]);
    expect(pastSubjunctive.ellos).toBe(`${vosotros.slice(0, -2)}n`);
    expect(pastSubjunctiveSe.vosotros).toBe(vosotrosSe);
    expect(pastSubjunctiveSe.ellos).toBe(`${vosotrosSe.slice(0, -2)}n`);
  });

  it("stresses every vos present and imperative on the ending (property over the verb list)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGULAR_VERBS), (verb) => {
        const paradigm = conjugate(verb);
        const { vos } = paradigm.imperative;
        // Monosyllabic commands (da, ve, sé) and andá are written as they are said; the rest end stressed.
        if (vos.length > 2 && vos !== "sé") expect(/[áéí]$/.test(vos) || stressedNucleus(vos) >= 0).toBe(true);
        expect(paradigm.imperative.el).toBe(paradigm.subjunctive.el);
        expect(paradigm.imperative.ellos).toBe(paradigm.subjunctive.ellos);
        expect(paradigm.imperative.vosotros.endsWith("d")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
