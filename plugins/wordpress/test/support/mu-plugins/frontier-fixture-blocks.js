((blocks, element, blockEditor) => {
  var el = element.createElement;
  function body(props, wrapperProps) {
    return el(
      "figure",
      wrapperProps,
      el("blockquote", null, props.attributes.quote),
      el("figcaption", null, props.attributes.author),
    );
  }
  blocks.registerBlockType("frontier-fixture/testimonial", {
    apiVersion: 3,
    title: "Testimonial (fixture)",
    category: "text",
    attributes: {
      quote: { type: "string", default: "" },
      author: { type: "string", default: "" },
      rating: { type: "number", default: 5 },
    },
    edit: (props) => body(props, blockEditor.useBlockProps()),
    save: (props) => body(props, blockEditor.useBlockProps.save()),
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor);
