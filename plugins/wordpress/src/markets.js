import { __ } from "@wordpress/i18n";

/** Markets the editor offers, as BCP 47 tags the Frontier server accepts. */
export function marketOptions() {
  return [
    { value: "es-MX", label: __("Spanish (Mexico)", "frontier") },
    { value: "es-AR", label: __("Spanish (Argentina)", "frontier") },
    { value: "es-CO", label: __("Spanish (Colombia)", "frontier") },
    { value: "es-CL", label: __("Spanish (Chile)", "frontier") },
    { value: "es-PE", label: __("Spanish (Peru)", "frontier") },
    { value: "es-ES", label: __("Spanish (Spain)", "frontier") },
    { value: "pt-BR", label: __("Portuguese (Brazil)", "frontier") },
  ];
}
