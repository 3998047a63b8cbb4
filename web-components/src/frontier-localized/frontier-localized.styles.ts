import { css } from "lit";

export const localizedStyles = css`
  :host {
    display: inline;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  [part="error"] {
    display: block;
    color: var(--frontier-color-danger, #a40e26);
    font-size: 0.875em;
  }
`;
