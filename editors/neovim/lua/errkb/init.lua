-- errkb for Neovim: runs errkb-lsp on log files and plain text.
--
--   require("errkb").setup({})
--
-- Neovim 0.11+ uses vim.lsp.config + vim.lsp.enable; 0.8-0.10 start the client with
-- vim.lsp.start on FileType; 0.7 (Debian 12's package) with vim.lsp.start_client.

local M = {}

M.defaults = {
  -- The server command. nil: `errkb-lsp` if it is on PATH, else `python3 -m errkb_lsp`.
  cmd = nil,
  -- Python interpreter with errkb installed; used when `cmd` is nil and errkb-lsp is not on PATH.
  python = nil,
  -- Filetypes errkb attaches to. Neovim calls *.txt files "text".
  filetypes = { "log", "text" },
  -- File extensions detected as the "log" filetype (Neovim has no log filetype of its own).
  log_extensions = { "log", "out", "err" },
  -- Files that mark a project root: errkb reads .errkb.toml and [tool.errkb] from there.
  root_markers = { ".errkb.toml", "pyproject.toml", ".git" },
  -- The `errkb` settings section (ignore, severity, globs, knowledgeBasePaths, fuzzy,
  -- maxFileSize), sent as initializationOptions and answered on workspace/configuration.
  settings = {},
  -- Which API starts the client: "auto", "config" (0.11+), "start" (0.8+), "start_client".
  api = "auto",
}

local function executable(name)
  return vim.fn.executable(name) == 1
end

--- The command that starts errkb-lsp.
function M.command(opts)
  opts = opts or {}
  if opts.cmd then
    return opts.cmd
  end
  if opts.python then
    return { opts.python, "-m", "errkb_lsp" }
  end
  if executable("errkb-lsp") then
    return { "errkb-lsp" }
  end
  return { executable("python3") and "python3" or "python", "-m", "errkb_lsp" }
end

local function has(version)
  return vim.fn.has("nvim-" .. version) == 1
end

local available = {
  config = function()
    return has("0.11") and vim.lsp.config ~= nil and vim.lsp.enable ~= nil
  end,
  start = function()
    return vim.lsp.start ~= nil
  end,
  start_client = function()
    return vim.lsp.start_client ~= nil
  end,
}

local function choose_api(requested)
  if requested ~= "auto" then
    if available[requested] and available[requested]() then
      return requested
    end
    vim.notify(
      ("errkb: api = %q is not available in this Neovim; choosing one"):format(requested),
      vim.log.levels.WARN
    )
  end
  for _, api in ipairs({ "config", "start", "start_client" }) do
    if available[api]() then
      return api
    end
  end
end

--- The directory holding the nearest root marker above `path`, else the working directory.
local function root_dir(path, markers)
  local start = (path ~= "" and vim.fn.fnamemodify(path, ":p:h")) or vim.fn.getcwd()
  for _, marker in ipairs(markers) do
    local found = vim.fn.findfile(marker, start .. ";")
    if found == "" then
      found = vim.fn.finddir(marker, start .. ";")
    end
    if found ~= "" then
      local directory = vim.fn.fnamemodify(found, ":p:h"):gsub("/%.git$", "")
      return directory
    end
  end
  return vim.fn.getcwd()
end

--- `settings` as a JSON object even when empty: Neovim encodes an empty table as `[]`.
local function as_object(settings)
  if settings == nil or next(settings) == nil then
    return vim.empty_dict()
  end
  return settings
end

--- The client configuration shared by every API.
function M.client_config(opts)
  local settings = as_object(opts.settings)
  return {
    name = "errkb",
    cmd = M.command(opts),
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    init_options = settings,
    -- Neovim answers workspace/configuration from here, by section name.
    settings = { errkb = settings },
  }
end

local function detect_log_files(opts)
  if #opts.log_extensions == 0 then
    return
  end
  if vim.filetype ~= nil and vim.filetype.add ~= nil and has("0.8") then
    local extensions = {}
    for _, extension in ipairs(opts.log_extensions) do
      extensions[extension] = "log"
    end
    vim.filetype.add({ extension = extensions })
    return
  end
  -- 0.7 only consults vim.filetype.add when g:do_filetype_lua is set; an autocmd always works.
  local patterns = {}
  for _, extension in ipairs(opts.log_extensions) do
    table.insert(patterns, "*." .. extension)
  end
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = vim.api.nvim_create_augroup("errkb_filetype", { clear = true }),
    pattern = patterns,
    command = "setfiletype log",
  })
end

local function attach_on_filetype(opts, attach)
  vim.api.nvim_create_autocmd("FileType", {
    group = vim.api.nvim_create_augroup("errkb_lsp", { clear = true }),
    pattern = opts.filetypes,
    callback = function(event)
      if vim.bo[event.buf].buftype ~= "" then
        return -- help, quickfix, terminal and scratch buffers are not files
      end
      attach(event.buf)
    end,
  })
end

local function setup_start(opts, config)
  attach_on_filetype(opts, function(buf)
    local start_config = vim.deepcopy(config)
    start_config.root_dir = root_dir(vim.api.nvim_buf_get_name(buf), opts.root_markers)
    start_config.filetypes = nil
    start_config.root_markers = nil
    -- vim.lsp.start reuses a running client with the same name and root directory.
    vim.lsp.start(start_config, { bufnr = buf })
  end)
end

local function setup_start_client(opts, config)
  local clients = {}
  attach_on_filetype(opts, function(buf)
    local root = root_dir(vim.api.nvim_buf_get_name(buf), opts.root_markers)
    local client_id = clients[root]
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      local start_config = vim.deepcopy(config)
      start_config.root_dir = root
      start_config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
      start_config.filetypes = nil
      start_config.root_markers = nil
      client_id = vim.lsp.start_client(start_config)
      clients[root] = client_id
    end
    if client_id ~= nil then
      vim.lsp.buf_attach_client(buf, client_id)
    end
  end)
end

--- Sets errkb up: log filetype detection and the language client.
function M.setup(user_opts)
  local opts = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), user_opts or {})
  -- Lists replace the defaults rather than merging index by index.
  for _, key in ipairs({ "filetypes", "log_extensions", "root_markers" }) do
    if user_opts and user_opts[key] then
      opts[key] = user_opts[key]
    end
  end
  detect_log_files(opts)
  local config = M.client_config(opts)
  local api = choose_api(opts.api)
  M.api = api
  if api == "config" then
    vim.lsp.config("errkb", config)
    vim.lsp.enable("errkb")
  elseif api == "start" then
    setup_start(opts, config)
  else
    setup_start_client(opts, config)
  end
  return opts
end

return M
