-- errkb-lsp for Neovim 0.11+, without the plugin: copy this file to ~/.config/nvim/lsp/errkb.lua
-- and add `vim.lsp.enable("errkb")` to init.lua. Neovim has no "log" filetype of its own, so also
-- add: vim.filetype.add({ extension = { log = "log", out = "log", err = "log" } })
return {
  cmd = vim.fn.executable("errkb-lsp") == 1 and { "errkb-lsp" } or { "python3", "-m", "errkb_lsp" },
  filetypes = { "log", "text" },
  root_markers = { ".errkb.toml", "pyproject.toml", ".git" },
  -- The `errkb` settings section; see editors/neovim/README.md for the keys. vim.empty_dict()
  -- keeps an empty section a JSON object (a plain {} would be sent as []).
  init_options = vim.empty_dict(),
  settings = { errkb = vim.empty_dict() },
}
