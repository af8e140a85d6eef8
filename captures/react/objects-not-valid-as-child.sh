#!/usr/bin/env bash
# Reproduces react/objects-not-valid-as-child: rendering a plain object (or a Date/Promise) as a child.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires node
react_node_sandbox
cat > obj.js <<'JS'
const React = require("react"), { renderToString } = require("react-dom/server");
const h = React.createElement;
function Profile() { const user = { name: "Ada", email: "ada@example.com" }; return h("div", null, user); }
try { renderToString(h(Profile)); } catch (e) { console.error(e.stack.split("\n").slice(0, 4).join("\n")); }
function Posted() { return h("p", null, Promise.resolve(1)); }
try { renderToString(h(Posted)); } catch (e) { console.error(e.message); }
JS
node obj.js
exit 0
