// The order test files start in (vitest.config.ts, `sequence.sequencer`): the unit tests first, then the files that
// make builds of their own (their Astro builds queue behind the shared build's, withBuildLock), the longest chain
// first; then the build and browser files, which wait for the shared build (tests/setup/built.ts). So both cores
// have work while the shared build runs, and no file sits waiting for it while another could go ahead.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECTS = ['unit', 'own-builds', 'browser', 'build'];
/** Within own-builds: the most builds first. */
const OWN_BUILDS = ['fixtures', 'subpath', 'editions', 'no-browser'];

const rank = (spec: TestSpecification): [number, number] => {
  const own = OWN_BUILDS.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
  return [PROJECTS.indexOf(spec.project.name), own];
};

export default class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    return [...sorted].sort((a, b) => {
      const [pa, oa] = rank(a);
      const [pb, ob] = rank(b);
      return pa - pb || oa - ob || position.get(a)! - position.get(b)!;
    });
  }
}
