-- Headless Neovim as a language-server client of `interphase lsp` (run by ci-neovim.sh).
-- Opens a .cell file with a mistake, waits for the server's diagnostic, asks for completion and
-- hover, and checks what comes back. Exits 0 when everything is as expected, 1 otherwise.
-- Environment: INTERPHASE (the launcher), PROJECT (the workspace folder), FILE (the file to open).
local interphase = assert(os.getenv('INTERPHASE'), 'INTERPHASE not set')
local project = assert(os.getenv('PROJECT'), 'PROJECT not set')
local file = assert(os.getenv('FILE'), 'FILE not set')
local timeout = 180000 -- ms: the first request waits for the JVM and the initial build

local function fail(message)
  io.stderr:write('ci-neovim: FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function say(message)
  io.stdout:write('ci-neovim: ' .. message .. '\n')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'interphase'

local client_id = vim.lsp.start_client({
  name = 'interphase',
  cmd = { interphase, 'lsp' },
  root_dir = project,
  workspace_folders = { { uri = vim.uri_from_fname(project), name = 'project' } },
})
if not client_id then
  fail('the language server did not start: ' .. interphase .. ' lsp')
end
vim.lsp.buf_attach_client(buf, client_id)

-- 1. the diagnostic of the mistake
local ok = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 200)
if not ok then
  fail('no diagnostic within ' .. timeout / 1000 .. ' s')
end
local diagnostics = vim.diagnostic.get(buf)
local found = nil
for _, d in ipairs(diagnostics) do
  say(string.format('diagnostic %d:%d %s', d.lnum + 1, d.col + 1, d.message))
  if d.message:find('LCX', 1, true) and d.severity == vim.diagnostic.severity.ERROR then
    found = d
  end
end
if not found then
  fail('no error about LCX among the diagnostics')
end
if found.lnum ~= 4 then
  fail('the LCX error is on line ' .. (found.lnum + 1) .. ', not 5')
end

-- position of a text in the buffer (0-based line, character), plus an offset
local function position_of(needle, delta)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      return { line = i - 1, character = col - 1 + delta }
    end
  end
  fail('"' .. needle .. '" is not in the file')
end

local function request(method, position)
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = position }
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, timeout)
  if not responses or err then
    fail(method .. ': no answer (' .. tostring(err) .. ')')
  end
  for _, r in pairs(responses) do
    if r.error then
      fail(method .. ': ' .. vim.inspect(r.error))
    end
    return r.result
  end
  fail(method .. ': no answer')
end

-- 2. completion after "anode L": the lithium anode of the built-in library
local completion = request('textDocument/completion', position_of('anode Li', #'anode L'))
local items = completion.items or completion
local labels = {}
for _, item in ipairs(items) do
  labels[#labels + 1] = item.label
end
say('completion after "anode L": ' .. table.concat(labels, ', '))
if not vim.tbl_contains(labels, 'Li') then
  fail('completion does not offer Li')
end

-- 3. hover on PEO: the material's roles and its parameters with their sources
local hover = request('textDocument/hover', position_of('polymer PEO', #'polymer P'))
local text = type(hover.contents) == 'table' and (hover.contents.value or vim.inspect(hover.contents))
  or tostring(hover.contents)
say('hover on PEO: ' .. text:gsub('\n.*', ' ...'))
if not text:find('^PEO : ') or not text:find('source: ', 1, true) then
  fail('the hover on PEO does not describe the material:\n' .. text)
end

say('OK: diagnostic, completion and hover from interphase lsp')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
