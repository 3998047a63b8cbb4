import { sourced, unsourced } from "../source.ts";
import { ambiguous, c, domain, n, np, same } from "./define.ts";

export const tech = domain("tech", [
  c("computer", "noun", "computer", n("computadora", "f", "S56"), {
    "MX EC PE AR": same("S56"),
    "GT HN SV NI CR PA CU DO PR VE BO UY PY US": same(unsourced("S56: majority of America")),
    "CO CL": n("computador", "m", "S56"),
    BR: n("computador", "m"),
    ES: n("ordenador", "m", "S56,S57"),
  }),
  c("cell-phone", "noun", "mobile phone", n("celular", "m", "S57"), {
    "MX GT HN SV NI CR PA DO PR CO VE EC PE BO CL AR UY PY": same("S57"),
    CU: same(sourced("S57", "móvil also heard, unsourced")),
    US: same(),
    BR: n("celular", "m"),
    ES: n("móvil", "m", "S57"),
  }),
  c("laptop", "noun", "laptop computer", n("laptop", "f", undefined, ["computadora portátil"]), {
    "MX GT HN SV NI CR PA CU DO PR VE EC PE BO US": same(),
    CO: n("portátil", "m"),
    "CL AR UY PY": n("notebook", "f"),
    BR: n("notebook", "m"),
    ES: n("portátil", "m", undefined, ["ordenador portátil"]),
  }),
  c("tablet", "noun", "tablet computer", n("tableta", "f", undefined, ["tablet"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US ES": same(),
    "CL AR UY PY": n("tablet", "f"),
    BR: n("tablet", "m"),
  }),
  c("mouse", "noun", "computer mouse", n("mouse", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("mouse", "m"),
    ES: ambiguous(n("ratón", "m")),
  }),
  c("keyboard", "noun", "computer keyboard", n("teclado", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("teclado", "m"),
  }),
  c("screen", "noun", "display screen", n("pantalla", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: ambiguous(n("tela", "f")),
  }),
  c("printer", "noun", "printer", n("impresora", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("impressora", "f"),
  }),
  c("headphones", "noun", "headphones, earphones", np("audífonos", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US": same(),
    "AR UY PY": np("auriculares", "m"),
    BR: np("fones de ouvido", "m"),
    ES: np("auriculares", "m", undefined, ["cascos"]),
  }),
  c("speaker", "noun", "loudspeaker", n("parlante", "m"), {
    "GT HN SV NI CR PA CO EC PE BO CL AR UY PY": same(),
    "MX US": n("bocina", "f"),
    VE: n("corneta", "f"),
    "CU DO PR": n("bocina", "f"),
    BR: n("caixa de som", "f"),
    ES: n("altavoz", "m"),
  }),
  c("charger", "noun", "charger for a device", n("cargador", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("carregador", "m"),
  }),
  c("usb-stick", "noun", "USB flash drive", n("memoria usb", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US": same(),
    "CL AR UY PY": n("pendrive", "m"),
    BR: n("pen drive", "m"),
    ES: n("pendrive", "m", undefined, ["lápiz usb"]),
  }),
  c("remote-control", "noun", "TV remote control", n("control remoto", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("controle remoto", "m"),
    ES: n("mando a distancia", "m", undefined, ["mando"]),
  }),
  c("television", "noun", "television set", n("televisor", "m", undefined, ["tele", "tv"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("televisão", "f", undefined, ["tv"]),
  }),
  c("password", "noun", "account password", n("contraseña", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US ES": same(),
    "CL AR UY PY": ambiguous(n("clave", "f", undefined, ["contraseña"])),
    BR: n("senha", "f"),
  }),
  c("email", "noun", "e-mail address or message", n("correo electrónico", "m", undefined, ["correo", "email"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US ES": same(),
    "AR UY PY": n("mail", "m", undefined, ["correo electrónico"]),
    BR: n("e-mail", "m"),
  }),
  c("website", "noun", "website", n("sitio web", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("site", "m"),
    ES: n("web", "f", undefined, ["página web"]),
  }),
  c("app", "noun", "mobile application", n("aplicación", "f", undefined, ["app"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("aplicativo", "m", undefined, ["app"]),
  }),
  c("sim-card", "noun", "SIM card", n("chip", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("chip", "m"),
    ES: n("tarjeta sim", "f"),
  }),
  c("phone-credit", "noun", "prepaid phone credit", n("recarga", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US": same(),
    "AR UY PY": ambiguous(n("carga", "f")),
    BR: n("recarga", "f"),
    ES: ambiguous(n("saldo", "m")),
  }),
  c("battery", "noun", "dry-cell battery", n("pila", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("pilha", "f"),
  }),
  c("video-game", "noun", "video game", n("videojuego", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("videogame", "m", undefined, ["jogo"]),
  }),
  c("file", "noun", "computer file", n("archivo", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("arquivo", "m"),
    ES: n("archivo", "m", undefined, ["fichero"]),
  }),
  c("wifi-router", "noun", "home internet router", n("módem", "m", undefined, ["router"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("roteador", "m"),
    ES: n("router", "m"),
  }),
]);
