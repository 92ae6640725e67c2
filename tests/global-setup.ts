import { buildGeneratorWorker } from "../scripts/build-worker";

/** Tests that import an article go through the worker pool, which loads the built worker. */
export default function setup() {
  buildGeneratorWorker();
}
