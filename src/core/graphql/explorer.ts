import path from "node:path";
import express, { type Router } from "express";

/**
 * An offline GraphQL explorer: GraphiQL's self-contained build and React, served from
 * node_modules. Apollo's landing pages load from a CDN, which an ARS intranet cannot reach.
 */
const assets: Record<string, [pkg: string, file: string]> = {
  "graphiql.min.css": ["graphiql", "graphiql.min.css"],
  "graphiql.min.js": ["graphiql", "graphiql.min.js"],
  "react.production.min.js": ["react", "umd/react.production.min.js"],
  "react-dom.production.min.js": ["react-dom", "umd/react-dom.production.min.js"],
};

const DEFAULT_QUERY = `# Welcome to cpom-graphql. Press ▶ to run.
query Modules {
  moduleTypes {
    number
    title
    mandatory
    rules { description }
  }
}
`;

const INIT = `(function () {
  // Subscriptions over graphql-ws on the same path; GraphiQL sends the headers typed in its
  // editor (Authorization) as the connection params, which the server reads.
  var ws = (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname, subscriptionUrl: ws });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: "headers" }));
})();
`;

export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>cpom-graphql explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/explorer/react.production.min.js"></script>
  <script src="/explorer/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql.min.js"></script>
  <script src="/explorer/init.js"></script>
</body>
</html>
`;

export function explorerAssets(): Router {
  const router = express.Router();
  for (const [name, [pkg, file]] of Object.entries(assets)) {
    // Resolved through package.json: these packages do not export their UMD files.
    const location = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    router.get(`/${name}`, (_req, res) => res.sendFile(location, { maxAge: "1d" }));
  }
  router.get("/init.js", (_req, res) => res.type("application/javascript").send(INIT));
  return router;
}
