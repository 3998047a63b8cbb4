import { ambiguous, c, domain, n, np, same } from "./define.ts";

export const personalCareAndBaby = domain("personal-care-and-baby", [
  c("toothpaste", "noun", "toothpaste", n("pasta de dientes", "f", undefined, ["pasta dental"]), {
    "MX GT HN SV NI CR PA CU DO PR VE EC PE BO CL US ES": same(),
    CO: n("crema dental", "f"),
    "AR UY PY": n("pasta dental", "f", undefined, ["dentífrico"]),
    BR: n("pasta de dente", "f", undefined, ["creme dental"]),
  }),
  c("cotton-swabs", "noun", "cotton buds", np("hisopos", "m"), {
    "GT HN SV NI CR PA CU DO PR VE EC PE BO AR UY PY US": same(),
    MX: np("cotonetes", "m"),
    CO: np("copitos", "m"),
    CL: np("cotonitos", "m"),
    BR: np("cotonetes", "m"),
    ES: np("bastoncillos", "m"),
  }),
  c("adhesive-bandage", "noun", "sticking plaster", n("curita", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO AR UY PY US": same(),
    CL: n("parche curita", "m"),
    BR: n("band-aid", "m", undefined, ["curativo"]),
    ES: n("tirita", "f"),
  }),
  c("shampoo", "noun", "shampoo", n("champú", "m", undefined, ["shampoo"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US ES": same(),
    "CL AR UY PY": n("shampoo", "m"),
    BR: n("xampu", "m"),
  }),
  c("razor", "noun", "shaving razor", n("rasuradora", "f"), {
    MX: n("rastrillo", "m", undefined, ["rasuradora"]),
    "GT HN SV NI CR PA CU DO PR US": same(),
    "CO VE EC PE BO": n("máquina de afeitar", "f"),
    "CL AR UY PY": n("afeitadora", "f"),
    BR: n("barbeador", "m", undefined, ["aparelho de barbear"]),
    ES: n("maquinilla de afeitar", "f"),
  }),
  c("diaper", "noun", "baby's nappy", n("pañal", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("fralda", "f"),
  }),
  c("baby-bottle", "noun", "feeding bottle", n("biberón", "m"), {
    "GT HN SV NI CR PA CU DO PR EC PE BO US ES": same(),
    MX: n("mamila", "f", undefined, ["biberón"]),
    "CO VE": n("tetero", "m"),
    "CL AR UY PY": n("mamadera", "f"),
    BR: n("mamadeira", "f"),
  }),
  c("pacifier", "noun", "baby's dummy", n("chupón", "m"), {
    "MX GT HN SV NI CR PA CU DO PR VE PE US": same(),
    "CO EC": n("chupo", "m"),
    "BO CL AR UY PY ES": n("chupete", "m"),
    BR: n("chupeta", "f"),
  }),
  c("stroller", "noun", "baby stroller, pushchair", n("cochecito", "m"), {
    "MX US": n("carriola", "f"),
    "GT HN SV NI CR PA CU DO PR EC PE BO AR UY PY": same(),
    "CO VE CL": ambiguous(n("coche", "m")),
    BR: n("carrinho de bebê", "m"),
    ES: n("carrito", "m", undefined, ["cochecito"]),
  }),
  c("toy", "noun", "toy", n("juguete", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("brinquedo", "m"),
  }),
  c("perfume", "noun", "perfume", n("perfume", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("perfume", "m"),
  }),
  c("sunscreen", "noun", "sunscreen", n("protector solar", "m", undefined, ["bloqueador solar"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE US": same(),
    "EC PE BO CL": n("bloqueador", "m", undefined, ["protector solar"]),
    "AR UY PY": same(),
    BR: n("protetor solar", "m"),
    ES: n("crema solar", "f", undefined, ["protector solar"]),
  }),
  c("toothbrush", "noun", "toothbrush", n("cepillo de dientes", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("escova de dentes", "f"),
  }),
  c("makeup", "noun", "make-up", n("maquillaje", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("maquiagem", "f"),
  }),
  c("wet-wipes", "noun", "baby wipes", np("toallitas húmedas", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: np("lenços umedecidos", "m"),
  }),
]);
