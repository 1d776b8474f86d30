// The tests' environment: Node's, plus a watch on process warnings. A warning raised while a
// test file runs (a deprecation such as pg's "client is already executing a query", a
// listener leak…) fails that file: what warns today breaks in the next major version.
// The listener must live outside the test sandbox, whose `process` does not see them.
const { TestEnvironment } = require("jest-environment-node");

class WarningsAreFailures extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.warnings = [];
    this.listener = (warning) => this.warnings.push(`${warning.name}: ${warning.message}`);
  }

  async setup() {
    await super.setup();
    process.on("warning", this.listener);
    this.global.__processWarnings = this.warnings;
  }

  async teardown() {
    process.off("warning", this.listener);
    await super.teardown();
  }
}

module.exports = WarningsAreFailures;
