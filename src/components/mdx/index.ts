// What entry authors may use in MDX, passed to <Content components={…} />.
import Fn from '../../features/notes/Fn.astro';

export const mdxComponents = { Fn };
