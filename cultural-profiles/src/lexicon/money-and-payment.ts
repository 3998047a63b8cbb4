import { sourced } from "../source.ts";
import { adj, ambiguous, c, domain, n, np, same } from "./define.ts";

export const moneyAndPayment = domain("money-and-payment", [
  c("installments", "noun", "instalment payments", np("cuotas", "f"), {
    // "meses" alone is also a span of time (garantía de 6 meses): the idiom "meses sin intereses" is a payment
    // idiom of the profile, rewritten and linted whole, never the bare noun.
    MX: np("mensualidades", "f", sourced("S75,S76,S77", 'also "meses", "a meses", quincenas')),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO UY PY": same(),
    CL: same("S86"),
    AR: same("S87"),
    BR: np("parcelas", "f", sourced("S88", "parcelamento")),
    US: np("pagos mensuales", "m"),
    ES: np("plazos", "m"),
  }),
  c("interest-free", "adjective", "interest-free (of instalments)", adj("sin intereses", "S75,S76,S77"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO UY PY US ES": same(),
    AR: adj("sin interés", sourced("S87", "cuotas sin interés")),
    CL: adj("sin interés"),
    BR: adj("sem juros"),
  }),
  c("money", "noun", "money", n("dinero", "m"), {
    "MX GT HN SV NI CR PA CU DO PR VE EC BO US ES": same(),
    "CO PE CL AR UY PY": ambiguous(n("plata", "f", undefined, ["dinero"])),
    BR: n("dinheiro", "m"),
  }),
  c("cash", "noun", "cash (notes and coins)", ambiguous(n("efectivo", "m")), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: ambiguous(n("dinheiro", "m", undefined, ["dinheiro vivo"])),
  }),
  c("credit-card", "noun", "credit card", n("tarjeta de crédito", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("cartão de crédito", "m"),
  }),
  c("debit-card", "noun", "debit card", n("tarjeta de débito", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("cartão de débito", "m"),
  }),
  c("bank-account", "noun", "bank account", n("cuenta bancaria", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("conta bancária", "f"),
  }),
  c("bank-transfer", "noun", "bank transfer", n("transferencia", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("transferência", "f"),
  }),
  c("atm", "noun", "cash machine", n("cajero automático", "m"), {
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    MX: ambiguous(n("cajero", "m", undefined, ["cajero automático"])),
    BR: n("caixa eletrônico", "m"),
  }),
  c("receipt", "noun", "purchase receipt", n("comprobante", "m"), {
    MX: n("ticket", "m", undefined, ["comprobante"]),
    "GT HN SV NI CR PA CU DO PR CO VE EC BO US": same(),
    "PE CL": n("boleta", "f"),
    "AR UY PY": n("ticket", "m", undefined, ["comprobante"]),
    BR: n("nota fiscal", "f", undefined, ["recibo"]),
    ES: n("tique", "m", undefined, ["ticket", "recibo"]),
  }),
  c("sales-tax", "noun", "value-added or sales tax", n("iva", "m"), {
    "MX GT SV NI CR CO VE EC BO CL AR UY PY ES": same(),
    CU: n("impuesto sobre las ventas", "m"),
    HN: n("isv", "m"),
    PA: n("itbms", "m"),
    DO: n("itbis", "m"),
    PR: n("ivu", "m"),
    PE: n("igv", "m"),
    BR: n("icms", "m"),
    US: n("impuesto sobre las ventas", "m", undefined, ["sales tax"]),
  }),
  c("change-money", "noun", "change given back after paying", ambiguous(n("cambio", "m")), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC BO US": same(),
    "PE CL AR UY PY": n("vuelto", "m"),
    BR: n("troco", "m"),
    ES: same(),
  }),
  c("down-payment", "noun", "initial payment on a financed purchase", n("pago inicial", "m"), {
    MX: n("enganche", "m"),
    "GT HN SV NI CR PA CU DO PR VE EC BO US": same(),
    CO: n("cuota inicial", "f"),
    PE: ambiguous(n("inicial", "f")),
    CL: ambiguous(n("pie", "m")),
    "AR UY PY": n("anticipo", "m"),
    BR: n("entrada", "f"),
    ES: ambiguous(n("entrada", "f")),
  }),
  c("price", "noun", "price", n("precio", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("preço", "m"),
  }),
  c("discount", "noun", "discount", n("descuento", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL UY PY US ES": same(),
    AR: same(sourced("S91", '"20% off" performs best')),
    BR: n("desconto", "m"),
  }),
  c("coupon", "noun", "discount coupon", n("cupón", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("cupom", "m"),
  }),
  c("tip", "noun", "gratuity", n("propina", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("gorjeta", "f"),
  }),
  c("loan", "noun", "loan", n("préstamo", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("empréstimo", "m"),
  }),
  c("interest", "noun", "interest charged on credit", np("intereses", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: np("juros", "m"),
  }),
  c("digital-wallet", "noun", "mobile wallet app", n("billetera digital", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("carteira digital", "f"),
    ES: n("monedero digital", "m", undefined, ["cartera digital"]),
  }),
  c("gift-card", "noun", "gift card", n("tarjeta de regalo", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US": same(),
    "CL AR UY PY": n("gift card", "f", undefined, ["tarjeta de regalo"]),
    BR: n("cartão-presente", "m", undefined, ["vale-presente"]),
    ES: n("tarjeta regalo", "f"),
  }),
  c("coin", "noun", "coin", n("moneda", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("moeda", "f"),
  }),
  c("banknote", "noun", "paper money note", n("billete", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("nota", "f", undefined, ["cédula"]),
  }),
]);
