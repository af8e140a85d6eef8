-- Drives a real Neovim against errkb-lsp for tests/lsp/test_neovim.py.
-- Works with Neovim 0.7 (Debian bookworm) and later: vim.lsp.start_client has existed since 0.5.
-- Everything comes from environment variables set by the test.

local function finish(result)
  local file = io.open(os.getenv("ERRKB_NVIM_RESULT"), "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qa!")
end

function ErrkbRun()
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "errkb",
    cmd = { os.getenv("ERRKB_PYTHON"), "-m", "errkb_lsp" },
    root_dir = os.getenv("ERRKB_ROOT"),
    init_options = vim.fn.json_decode(os.getenv("ERRKB_INIT_OPTIONS")),
  })
  if client_id == nil then
    finish({ error = "the server did not start" })
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local arrived = vim.wait(30000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum,
      col = d.col,
      message = d.message,
      source = d.source or lsp.source,
      code = d.code or lsp.code,
    })
  end

  local hover_text = ""
  if arrived then
    local first = vim.diagnostic.get(bufnr)[1]
    local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = first.lnum, character = first.col },
    }, 10000)
    for _, response in pairs(responses or {}) do
      if response.result and response.result.contents then
        hover_text = response.result.contents.value or ""
      end
    end
  end

  finish({ arrived = arrived, diagnostics = diagnostics, hover = hover_text })
end
