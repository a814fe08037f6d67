-- A minimal Neovim (0.7+) set-up for `triallint lsp`, used for the captured screen in docs/images/: report files
-- start the server; findings are shown as virtual text and signs. TRIALLINT_CMD overrides the server command (JSON).
local cmd = os.getenv('TRIALLINT_CMD') and vim.fn.json_decode(os.getenv('TRIALLINT_CMD')) or { 'triallint', 'lsp' }
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.diagnostic.config({ virtual_text = { source = false, prefix = '●' }, severity_sort = true })
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.trial.yaml', '*.trial.yml', '*.trial.json', '.triallint.yaml' },
  callback = function(args)
    local id = vim.lsp.start_client({ name = 'triallint', cmd = cmd, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
