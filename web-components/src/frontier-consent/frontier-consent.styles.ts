import { css } from "lit";

export const consentStyles = css`
  :host {
    display: block;
  }
  section {
    background: var(--frontier-color-surface, #ffffff);
    border: 1px solid var(--frontier-color-border, #d0d7de);
    border-radius: var(--frontier-radius, 6px);
    padding: var(--frontier-spacing, 1rem);
    box-shadow: var(--frontier-consent-shadow, 0 2px 8px rgb(0 0 0 / 0.12));
    max-width: var(--frontier-consent-max-width, 40rem);
  }
  h2 {
    font-size: 1.05rem;
    margin: 0 0 0.5rem;
  }
  .muted {
    color: var(--frontier-color-muted, #57606a);
    font-size: 0.875rem;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0.75rem 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  fieldset label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    padding: 0.15em 0;
  }
  [part~="actions"] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
