import { css } from "lit";

/**
 * Theme tokens every element reads. Set them on the element or any ancestor; the defaults meet
 * WCAG AA contrast on a white page.
 */
export const sharedStyles = css`
  :host {
    font-family: var(--frontier-font-family, system-ui, sans-serif);
    color: var(--frontier-color-text, #1f2328);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--frontier-radius, 6px);
    border: 1px solid var(--frontier-color-accent, #0b5cad);
    background: var(--frontier-color-surface, #ffffff);
    color: var(--frontier-color-accent, #0b5cad);
    padding: 0.4em 0.9em;
    transition: background-color 150ms ease;
  }
  button.primary {
    background: var(--frontier-color-accent, #0b5cad);
    color: var(--frontier-color-on-accent, #ffffff);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--frontier-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  .error {
    color: var(--frontier-color-danger, #a40e26);
    border-left: 3px solid currentColor;
    padding: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
