-- A second real LSP client for dist/server.js: Neovim's built-in one (0.7.2 on Debian bookworm), headless.
-- Run through run.sh, which passes:
--   POLICY_LENS_SERVER       absolute path of dist/server.js
--   POLICY_LENS_NVIM_CHECKS  absolute path of checks.json (the request list; see its "$comment")
--   POLICY_LENS_WORKSPACE    the workspace fixture folder (root_dir; "document" is relative to it)
-- Exit codes: 0 passed, 1 failed, 77 skipped (the server exited before answering initialize).

local function say(line)
  io.stdout:write(line .. "\n")
  io.stdout:flush()
end

local function quit(code)
  if code == 0 then
    vim.cmd("qa!")
  else
    vim.cmd("cquit " .. code)
  end
end

local function env(name)
  local value = os.getenv(name)
  if not value or value == "" then
    say("nvim-e2e: " .. name .. " is not set (run test/e2e/nvim/run.sh)")
    quit(1)
  end
  return value
end

local server = env("POLICY_LENS_SERVER")
local workspace = env("POLICY_LENS_WORKSPACE")
local spec = vim.json.decode(table.concat(vim.fn.readfile(env("POLICY_LENS_NVIM_CHECKS")), "\n"))
local timeout = spec.timeoutMs or 10000

vim.cmd("edit " .. vim.fn.fnameescape(workspace .. "/" .. spec.document))
-- -u NONE means no filetype detection; the languageId sent in didOpen is the filetype.
vim.bo.filetype = "markdown"
local buf = vim.api.nvim_get_current_buf()

local init_result, exited
local client_id = vim.lsp.start_client({
  name = "policy-lens",
  cmd = { "node", server, "--stdio" },
  root_dir = workspace,
  on_init = function(_, result) init_result = result end,
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not client_id then
  say("nvim-e2e: FAIL could not start " .. server)
  quit(1)
end
vim.lsp.buf_attach_client(buf, client_id)

-- Poll (vim.wait keeps the event loop running) until the handshake is done or the server is gone.
vim.wait(timeout, function() return init_result ~= nil or exited ~= nil end, 20)
if not init_result then
  if exited then
    say(string.format(
      "nvim-e2e: SKIP %s exited (code %s, signal %s) before answering initialize: it does not speak LSP over stdio yet",
      server, tostring(exited.code), tostring(exited.signal)))
    quit(77)
  end
  say("nvim-e2e: FAIL no initialize answer within " .. timeout .. " ms")
  quit(1)
end

local client = vim.lsp.get_client_by_id(client_id)
say("nvim-e2e: initialize ok, server " .. vim.json.encode(init_result.serverInfo or vim.NIL))
say("nvim-e2e: capabilities " .. vim.json.encode(client.server_capabilities))

-- An LSP position (UTF-16 columns, which Neovim's client negotiates by default) for a check.
local function position_of(check)
  if check.position then return check.position end
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for line_number, line in ipairs(lines) do
    local byte_start = line:find(check.at, 1, true)
    if byte_start then
      local column = vim.str_utfindex(line, byte_start - 1)
      return { line = line_number - 1, character = column + (check.offset or 0) }
    end
  end
  return nil
end

local function verify(check, result)
  local expect = check.expect or {}
  local empty = result == nil or result == vim.NIL or (type(result) == "table" and vim.tbl_isempty(result))
  if expect.empty then
    return empty, "expected an empty result"
  end
  if empty then return false, "empty result" end
  local json = vim.json.encode(result)
  for _, needle in ipairs(expect.contains or {}) do
    if not json:find(needle, 1, true) then return false, "missing " .. needle end
  end
  return true
end

local failures = 0
for _, check in ipairs(spec.checks) do
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) } }
  local ok, why = false, nil
  if check.at or check.position then
    params.position = position_of(check)
    if not params.position then why = "text not found in document: " .. check.at end
  end
  if not why and not client.supports_method(check.method) then
    -- Neovim would refuse the request and we would only see a timeout.
    why = "the server does not advertise " .. check.method
  end
  local result
  if not why then
    local responses, err = vim.lsp.buf_request_sync(buf, check.method, params, timeout)
    local response = responses and responses[client_id]
    if not response then
      why = "no response (" .. tostring(err) .. ")"
    elseif response.err then
      why = "error " .. vim.json.encode(response.err)
    else
      result = response.result
      ok, why = verify(check, result)
    end
  end
  if ok then
    say("  ✔ " .. check.name)
  else
    failures = failures + 1
    say("  ✖ " .. check.name .. ": " .. why)
    if result ~= nil then say("      result: " .. vim.json.encode(result)) end
  end
end

say(string.format("nvim-e2e: %d checks, %d failed", #spec.checks, failures))
vim.lsp.stop_client(client_id)
quit(failures == 0 and 0 or 1)
