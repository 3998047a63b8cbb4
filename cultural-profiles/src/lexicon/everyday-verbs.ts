import { ambiguous, c, domain, same, v } from "./define.ts";

// Verbs in the infinitive; pronominal verbs keep their -se. The engine conjugates them.
export const everydayVerbs = domain("everyday-verbs", [
  c("grab", "verb", "to grab, take hold of", v("agarrar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: v("pegar"),
    ES: ambiguous(v("coger", undefined, ["agarrar"])),
  }),
  c("turn-on", "verb", "to switch on a device", v("prender"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: ambiguous(v("ligar")),
    ES: v("encender"),
  }),
  c("wash-dishes", "verb", "to wash the dishes", v("lavar los platos"), {
    MX: v("lavar los trastes"),
    "GT HN SV NI CR PA CU DO PR VE EC PE BO AR UY PY US": same(),
    "CO CL": v("lavar la loza"),
    BR: v("lavar a louça"),
    ES: v("fregar los platos"),
  }),
  c("throw-away", "verb", "to throw away, discard", ambiguous(v("tirar")), {
    "MX AR UY PY US": same(),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL": ambiguous(v("botar")),
    BR: v("jogar fora"),
    ES: same(),
  }),
  c("get-angry", "verb", "to get angry", v("enojarse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: v("ficar bravo"),
    ES: v("enfadarse"),
  }),
  c("hurry", "verb", "to hurry up", v("apurarse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: v("se apressar"),
    ES: v("darse prisa"),
  }),
  c("click", "verb", "to click (a link or button)", v("hacer clic"), {
    MX: v("dar clic", undefined, ["hacer clic"]),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: v("clicar"),
    ES: v("hacer clic", undefined, ["pinchar"]),
  }),
  c("download", "verb", "to download a file or app", v("descargar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US ES": same(),
    "AR UY PY": ambiguous(v("bajar", undefined, ["descargar"])),
    BR: v("baixar"),
  }),
  c("place-order", "verb", "to order (food, a product)", v("pedir"), {
    MX: v("pedir", undefined, ["ordenar"]),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("encomendar", undefined, ["pedir"]),
  }),
  c("buy", "verb", "to buy", v("comprar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("comprar"),
  }),
  c("pay", "verb", "to pay", v("pagar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("pagar"),
  }),
  c("pay-in-installments", "verb", "to pay in instalments", v("pagar en cuotas"), {
    MX: v("pagar a meses", "S75,S76"),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY": same(),
    BR: v("parcelar", "S88"),
    US: v("pagar en mensualidades"),
    ES: v("pagar a plazos"),
  }),
  c("send", "verb", "to send", v("enviar", undefined, ["mandar"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("enviar", undefined, ["mandar"]),
  }),
  c("return-item", "verb", "to return a product", v("devolver"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("devolver"),
  }),
  c("try-on", "verb", "to try clothes on", v("probarse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("experimentar", undefined, ["provar"]),
  }),
  c("take-off-clothes", "verb", "to take off a garment", v("quitarse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US ES": same(),
    "CL AR UY PY": v("sacarse"),
    BR: v("tirar a roupa"),
  }),
  c("put-on-clothes", "verb", "to put on a garment", v("ponerse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("vestir", undefined, ["colocar"]),
  }),
  c("subscribe", "verb", "to subscribe (newsletter, service)", v("suscribirse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("assinar", undefined, ["se inscrever"]),
  }),
  c("sign-up", "verb", "to create an account", v("registrarse"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("se cadastrar"),
  }),
  c("log-in", "verb", "to log in", v("iniciar sesión"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("fazer login", undefined, ["entrar"]),
  }),
  c("save-money", "verb", "to save money", v("ahorrar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("economizar", undefined, ["poupar"]),
  }),
  c("reserve", "verb", "to book, reserve", v("reservar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("reservar"),
  }),
  c("charge-battery", "verb", "to charge a device", ambiguous(v("cargar")), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("carregar"),
  }),
  c("search", "verb", "to look for", v("buscar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("procurar", undefined, ["buscar"]),
  }),
  c("pick-up-order", "verb", "to collect an order", v("recoger"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC BO US ES": same(),
    "PE CL AR UY PY": ambiguous(v("retirar")),
    BR: ambiguous(v("retirar")),
  }),
  c("answer-phone", "verb", "to answer the phone", v("contestar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US": same(),
    "AR UY PY": ambiguous(v("atender")),
    BR: ambiguous(v("atender")),
    ES: v("contestar", undefined, ["coger el teléfono"]),
  }),
  c("call-phone", "verb", "to phone someone", v("llamar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: ambiguous(v("ligar")),
  }),
  c("repair", "verb", "to repair, fix", v("arreglar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("consertar"),
  }),
  c("fit-clothes", "verb", "to fit (a garment fits)", ambiguous(v("quedar")), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("servir"),
  }),
  c("share", "verb", "to share", v("compartir"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("compartilhar"),
  }),
  c("enjoy", "verb", "to enjoy", v("disfrutar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("aproveitar", undefined, ["curtir"]),
  }),
  c("deliver", "verb", "to deliver an order", v("entregar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("entregar"),
  }),
  c("track-package", "verb", "to track a shipment", v("rastrear"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: v("rastrear"),
    ES: ambiguous(v("seguir", undefined, ["rastrear"])),
  }),
  c("give-gift", "verb", "to give as a present", v("regalar"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: v("presentear", undefined, ["dar de presente"]),
  }),
]);
