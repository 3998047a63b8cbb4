import { css } from "lit";

export const copyGeneratorStyles = css`
  :host {
    display: block;
    background: var(--frontier-color-surface, #ffffff);
    border: 1px solid var(--frontier-color-border, #d0d7de);
    border-radius: var(--frontier-radius, 6px);
    padding: var(--frontier-spacing, 1rem);
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  label,
  legend {
    font-weight: 600;
    display: block;
    margin-bottom: 0.25rem;
  }
  textarea,
  select {
    font: inherit;
    width: 100%;
    padding: 0.4em;
    border: 1px solid var(--frontier-color-border-strong, #6e7781);
    border-radius: var(--frontier-radius, 6px);
    color: inherit;
    background: var(--frontier-color-surface, #ffffff);
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.75rem;
  }
  fieldset {
    border: 1px solid var(--frontier-color-border, #d0d7de);
    border-radius: var(--frontier-radius, 6px);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  fieldset label {
    font-weight: normal;
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  [part~="results"] {
    display: grid;
    gap: 1rem;
    margin-top: 1rem;
  }
  article {
    border-top: 1px solid var(--frontier-color-border, #d0d7de);
    padding-top: 0.75rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  h4 {
    font-size: 0.9rem;
    margin: 0.75rem 0 0.25rem;
  }
  [part~="output"] {
    white-space: pre-wrap;
    line-height: 1.5;
    min-height: 1.5em;
  }
  .streaming::after {
    content: "▍";
    animation: frontier-blink 1s steps(2, start) infinite;
  }
  @keyframes frontier-blink {
    to {
      visibility: hidden;
    }
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.2em 0.6em 0.2em 0;
    vertical-align: top;
  }
  del {
    color: var(--frontier-color-muted, #57606a);
  }
  ins {
    text-decoration: none;
    background: var(--frontier-color-highlight, #fff3b0);
  }
  [part~="actions"] {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-top: 0.75rem;
  }
  .notice {
    color: var(--frontier-color-muted, #57606a);
    font-size: 0.875rem;
  }
`;
