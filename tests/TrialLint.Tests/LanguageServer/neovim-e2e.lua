-- Drives `triallint lsp` from Neovim's own LSP client (Neovim 0.7+, headless): opens the report, waits for the
-- diagnostics, writes them as JSON, asks for the code actions on a line, applies the one named, saves the file.
-- Environment: TRIALLINT_CMD (JSON array: the server command), TRIALLINT_FILE, TRIALLINT_OUT, TRIALLINT_ACTION_LINE
-- (0-based), TRIALLINT_ACTION (title prefix).
local cmd = vim.fn.json_decode(os.getenv('TRIALLINT_CMD'))
local file = os.getenv('TRIALLINT_FILE')
local out = os.getenv('TRIALLINT_OUT')
local action_line = tonumber(os.getenv('TRIALLINT_ACTION_LINE'))
local action_title = os.getenv('TRIALLINT_ACTION')
local result = { diagnostics = {}, actions = {}, error = vim.NIL }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

-- Count the diagnostics the server publishes, to wait for the one after the fix.
local published = 0
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(...)
  published = published + 1
  return default_handler(...)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'triallint',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { debounceMs = 0 },
})
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not ok then
  result.error = 'no diagnostics within 60 s'
  return finish()
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, code = d.code or lsp.code,
  })
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = action_line, character = 0 }, ['end'] = { line = action_line, character = 0 } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000) or {}
local chosen
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    table.insert(result.actions, action.title)
    if chosen == nil and action.edit and string.sub(action.title, 1, #action_title) == action_title then chosen = action end
  end
end
if chosen == nil then
  result.error = 'no code action starting with ' .. action_title
  return finish()
end
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
vim.cmd('write')
-- The server relints the edited buffer and publishes again.
local before = published
vim.wait(20000, function() return published > before end, 50)
result.after = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.after, d.code or ((d.user_data or {}).lsp or {}).code)
end
vim.lsp.stop_client(client_id)
finish()
