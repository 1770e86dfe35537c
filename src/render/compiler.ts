// Handlebars with its compiler, for templates not compiled when the command was bundled (an analyst's own, or any
// when run from the source). A part of its own in dist/, so that a build with the built-in templates reads only the
// runtime. A named export: the bundle's parts hand over their exports as an object, not as a default.
import Handlebars from 'handlebars';

export { Handlebars };
