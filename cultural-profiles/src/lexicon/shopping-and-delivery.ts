import { sourced } from "../source.ts";
import { ambiguous, c, domain, n, np, same } from "./define.ts";

export const shoppingAndDelivery = domain("shopping-and-delivery", [
  c("shopping-cart", "noun", "online shopping cart", n("carrito", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO AR UY PY US": same(),
    CL: n("carro de compras", "m"),
    BR: n("carrinho", "m", "S92"),
    ES: n("cesta", "f", undefined, ["carrito"]),
  }),
  c("free-shipping", "noun", "free delivery", n("envío gratis", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO UY PY US ES": same(),
    CL: same(sourced("S89,S90", "despacho gratis also used")),
    AR: same("S91"),
    BR: n("frete grátis", "m", "S92"),
  }),
  c("shipping-cost", "noun", "delivery charge", n("costo de envío", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO AR UY PY US": same(),
    CL: n("costo de despacho", "m"),
    BR: n("frete", "m"),
    ES: np("gastos de envío", "m"),
  }),
  c("delivery", "noun", "delivery of an order", n("envío", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO AR UY PY US ES": same(),
    CL: n("despacho", "m", "S89"),
    BR: n("entrega", "f"),
  }),
  c("store-pickup", "noun", "collecting an order in store", n("recoger en tienda", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC BO US": same(),
    CL: n("retiro en tienda", "m", "S89,S90"),
    "PE AR UY PY": n("retiro en tienda", "m"),
    BR: n("retirada na loja", "f"),
    ES: n("recogida en tienda", "f"),
  }),
  c("order", "noun", "customer order", n("pedido", "m"), {
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    MX: n("pedido", "m", undefined, ["orden"]),
    BR: n("pedido", "m"),
  }),
  c("package", "noun", "parcel", n("paquete", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("pacote", "m", undefined, ["encomenda"]),
  }),
  c("courier", "noun", "parcel delivery service", n("mensajería", "f"), {
    MX: n("paquetería", "f"),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO US ES": same(),
    CL: n("courier", "m"),
    "AR UY PY": ambiguous(n("correo", "m", undefined, ["mensajería"])),
    BR: n("transportadora", "f"),
  }),
  c("delivery-person", "noun", "delivery rider", n("repartidor", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO EC BO CL US ES": same(),
    "VE PE": n("delivery", "m", undefined, ["repartidor"]),
    "AR UY PY": n("repartidor", "m", undefined, ["delivery"]),
    BR: n("entregador", "m", undefined, ["motoboy"]),
  }),
  c("return", "noun", "product return", n("devolución", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("devolução", "f"),
  }),
  c("refund", "noun", "refund", n("reembolso", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("reembolso", "m"),
  }),
  c("discount-code", "noun", "promo code", n("código de descuento", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("cupom de desconto", "m"),
  }),
  c("online-store", "noun", "online shop", n("tienda en línea", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US": same(),
    "CL AR UY PY": n("tienda online", "f"),
    BR: n("loja virtual", "f", undefined, ["loja online"]),
    ES: n("tienda online", "f"),
  }),
  c("postal-code", "noun", "postcode, ZIP code", n("código postal", "m"), {
    "MX GT HN SV NI CR PA CU DO CO VE EC PE BO CL AR UY PY ES": same(),
    PR: n("código postal", "m", undefined, ["zip code"]),
    US: n("código postal", "m", undefined, ["zip code"]),
    BR: n("cep", "m"),
  }),
  c("queue", "noun", "line of people waiting", n("fila", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("fila", "f"),
    ES: ambiguous(n("cola", "f")),
  }),
  c("shopping-mall", "noun", "shopping centre", n("centro comercial", "m"), {
    MX: n("plaza comercial", "f", undefined, ["centro comercial"]),
    "GT HN SV NI CR PA CU DO PR CO VE EC BO US ES": same(),
    "PE CL": n("mall", "m", undefined, ["centro comercial"]),
    "AR UY PY": ambiguous(n("shopping", "m")),
    BR: ambiguous(n("shopping", "m")),
  }),
  c("shop-window", "noun", "shop window display", n("vitrina", "f"), {
    MX: n("aparador", "m"),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US": same(),
    "AR UY PY": n("vidriera", "f"),
    BR: n("vitrine", "f"),
    ES: n("escaparate", "m"),
  }),
  c("seasonal-sale", "noun", "clearance sale season", np("ofertas", "f"), {
    MX: ambiguous(n("barata", "f", undefined, ["ofertas"])),
    "GT HN SV NI CR PA CU DO PR CO VE EC PE BO US": same(),
    "CL AR UY PY": n("liquidación", "f"),
    BR: n("liquidação", "f", undefined, ["promoção"]),
    ES: np("rebajas", "f"),
  }),
  c("size", "noun", "clothing size", n("talla", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL US ES": same(),
    "AR UY PY": n("talle", "m"),
    BR: n("tamanho", "m"),
  }),
  c("stock", "noun", "items available in stock", np("existencias", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO US": same(),
    "CL AR UY PY ES": n("stock", "m"),
    BR: n("estoque", "m"),
  }),
  c("supermarket", "noun", "supermarket", n("supermercado", "m", undefined, ["súper"]), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("supermercado", "m"),
  }),
  c("store", "noun", "shop, store", n("tienda", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("loja", "f"),
  }),
  c("corner-store", "noun", "neighbourhood convenience store", n("tienda de barrio", "f"), {
    MX: n("tienda de abarrotes", "f", undefined, ["tiendita"]),
    "GT SV": same(sourced("S44", "written tienda")),
    HN: n("pulpería", "f", "S44"),
    NI: n("pulpería", "f", "S44", ["venta"]),
    CR: n("pulpería", "f", "S44"),
    "PA CO EC BO ES": same(),
    "CU VE PE US": ambiguous(n("bodega", "f")),
    "DO PR": n("colmado", "m"),
    "CL AR UY": ambiguous(n("almacén", "m")),
    PY: ambiguous(n("despensa", "f")),
    BR: n("mercadinho", "m", undefined, ["venda"]),
  }),
  c("gift", "noun", "gift, present", n("regalo", "m"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: ambiguous(n("presente", "m")),
  }),
  c("warranty", "noun", "product warranty", n("garantía", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("garantia", "f"),
  }),
  c("wishlist", "noun", "saved wish list", n("lista de deseos", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US ES": same(),
    BR: n("lista de desejos", "f"),
  }),
  c("shopping-bag", "noun", "carrier bag", n("bolsa de compras", "f"), {
    "MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY US": same(),
    BR: n("sacola", "f"),
    ES: n("bolsa de la compra", "f"),
  }),
]);
