// What entry authors may use in MDX, passed to <Content components={…} />.
import Fn from './Fn.astro';

export const mdxComponents = { Fn };
