# Sourced by the react and nextjs capture scripts (see common.sh for how to source helpers).
# react@18 and react-dom@18 come from $JS_DIR (npm i react@18 react-dom@18 in /tmp/jsenv).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/browser.sh"

JS_DIR=${JS_DIR:-/tmp/jsenv}

# react_node_sandbox: a work directory where node resolves react from $JS_DIR, with the
# development build, whose warnings are what the records match.
react_node_sandbox() {
    enter_work_dir
    export NODE_PATH=$JS_DIR/node_modules NODE_ENV=development
}

# react_browser_sandbox: a browser_sandbox whose site/ serves the development UMD builds as
# /react.development.js and /react-dom.development.js.
react_browser_sandbox() {
    browser_sandbox
    cp "$JS_DIR/node_modules/react/umd/react.development.js" "$JS_DIR/node_modules/react-dom/umd/react-dom.development.js" site/
}

# react_page [ROOT_HTML] < SCRIPT: site/index.html, a page that loads the UMD builds, has
# ROOT_HTML (the server-rendered markup, if any) in <div id="root">, and runs SCRIPT with
# h = React.createElement in scope.
react_page() {
    {
        printf '<!doctype html><html><head>\n<script src="/react.development.js"></script><script src="/react-dom.development.js"></script>\n'
        printf '</head><body><div id="root">%s</div><script>\nconst h = React.createElement;\n' "${1:-}"
        cat
        echo '</script></body></html>'
    } > site/index.html
}
