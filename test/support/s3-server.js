// A local S3-compatible server for the tests (s3rver), in its own process so that its
// dependencies' warnings stay out of the test process: node s3-server.js <directory> <bucket>.
// Prints {"port": N} once it listens; stops on SIGTERM.
const S3rver = require("s3rver");

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
server.run().then(
  ({ port }) => process.stdout.write(`${JSON.stringify({ port })}\n`),
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
