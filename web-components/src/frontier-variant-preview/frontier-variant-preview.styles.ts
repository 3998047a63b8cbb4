import { css } from "lit";

export const variantPreviewStyles = css`
  :host {
    display: block;
  }
  .help {
    color: var(--frontier-color-muted, #57606a);
    font-size: 0.875rem;
    margin: 0 0 0.75rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--frontier-column-min-width, 15rem), 1fr));
    gap: var(--frontier-spacing, 1rem);
  }
  section {
    background: var(--frontier-color-surface, #ffffff);
    border: 1px solid var(--frontier-color-border, #d0d7de);
    border-radius: var(--frontier-radius, 6px);
    padding: var(--frontier-spacing, 1rem);
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  h4 {
    font-size: 0.875rem;
    margin: 0.75rem 0 0.25rem;
  }
  [part~="text"] {
    line-height: 1.6;
  }
  button[part~="change"] {
    font: inherit;
    color: inherit;
    border: none;
    border-radius: 3px;
    padding: 0 0.15em;
    background: var(--frontier-color-highlight, #fff3b0);
    box-shadow: inset 0 -2px 0 var(--frontier-color-highlight-edge, #9a6700);
  }
  mark[part~="source-change"] {
    color: inherit;
    background: none;
    text-decoration: underline dotted var(--frontier-color-highlight-edge, #9a6700);
    text-underline-offset: 0.2em;
  }
  button[part~="change"][aria-current="true"] {
    background: var(--frontier-color-highlight-active, #ffd33d);
  }
  ol,
  ul {
    margin: 0;
    padding-left: 1.25rem;
    font-size: 0.875rem;
  }
  li.active {
    font-weight: 600;
  }
  .score,
  .muted {
    color: var(--frontier-color-muted, #57606a);
    font-size: 0.875rem;
  }
  .severity-error {
    color: var(--frontier-color-danger, #a40e26);
    font-weight: 600;
  }
  .severity-warning {
    color: var(--frontier-color-warning, #7d4e00);
    font-weight: 600;
  }
`;
