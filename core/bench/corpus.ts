// The generated marketing corpus the culture benchmarks read: ten es-ES sentences (lexicon, vosotros, figures,
// URLs, placeholders) repeated in a fixed pseudo-random order, identical between runs.

export const SENTENCES = [
  "Compra el ordenador nuevo hoy y recíbelo mañana.",
  "Tienes un 15,5 % de descuento en toda la tienda hasta el 28/11/2025.",
  "Queréis lo mejor para vuestra casa: comprad ahora y pagad después.",
  "No te pierdas nuestras ofertas de temporada en móviles y portátiles.",
  "Visita https://tienda.es/ofertas o escríbenos a hola@tienda.es.",
  "Hola {{nombre}}, tu pedido ⟦ORDER_ID⟧ sale hoy desde nuestro almacén.",
  "Coge el autobús y ven a conocer la nueva colección de camisetas.",
  "El precio final es de 1.299,50 € con envío gratis a toda la península.",
  "Nuestro equipo te ayuda a elegir el regalo perfecto para tu familia.",
  "Calidad garantizada en todos nuestros productos, hechos con materiales reciclados.",
];

export function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  // A fixed linear congruential sequence keeps the corpus identical between runs.
  let seed = 42;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const sentence = SENTENCES[seed % SENTENCES.length] ?? "";
    parts.push(sentence);
    size += Buffer.byteLength(sentence, "utf8") + 1;
  }
  return parts.join(seed % 7 === 0 ? "\n" : " ");
}
