#!/usr/bin/env bash
# Reproduces react/invalid-hook-call: a hook called outside a function component body.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/react.sh"
requires node
react_node_sandbox
cat > hooks.js <<'JS'
const React = require("react");
function useCurrentUser() { const [user] = React.useState(null); return user; }
// Called from a plain function, not from a component render.
function loadUser() { return useCurrentUser(); }
loadUser();
JS
node hooks.js
exit 0
