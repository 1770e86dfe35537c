// Handlebars with its compiler, for templates not compiled when the command was bundled (an analyst's own, or any
// when run from the source). Imported only when needed, a chunk of its own in dist/, so that a build with the built-in
// templates loads only the runtime.
import Handlebars from 'handlebars';

export { Handlebars };
