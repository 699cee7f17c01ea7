-- A second real LSP client for dist/server.js: Neovim's built-in one (0.7.2 on Debian bookworm), headless.
-- Run through run.sh, which passes:
--   POLICY_LENS_SERVER       absolute path of dist/server.js
--   POLICY_LENS_NVIM_CHECKS  absolute path of checks.json (the request list; see its "$comment")
--   POLICY_LENS_WORKSPACE    the workspace fixture folder (root_dir; "document" is relative to it)
-- Exit code 0 when every check passed, 1 otherwise: a failed check, a server that exits, does not answer
-- initialize, never reports its corpus ready, or times out on a request.

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

-- spec.ready: the server notification that says requests can be answered ({notification, field, equals}).
local ready_spec = spec.ready
local init_result, exited, ready
local handlers = {}
if ready_spec then
  handlers[ready_spec.notification] = function(_, params)
    if type(params) == "table" and params[ready_spec.field] == ready_spec.equals then ready = params end
  end
end
local started = vim.loop.hrtime()
local function elapsed_ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end
local client_id = vim.lsp.start_client({
  name = "policy-lens",
  cmd = { "node", server, "--stdio" },
  root_dir = workspace,
  -- What workspace/configuration answers (Neovim's default handler looks sections up here).
  settings = spec.settings,
  handlers = handlers,
  on_init = function(_, result) init_result = result end,
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not client_id then
  say("nvim-e2e: FAIL could not start " .. server)
  quit(1)
end
vim.lsp.buf_attach_client(buf, client_id)

local function exit_message(when)
  return string.format("%s exited (code %s, signal %s)%s; its stderr is in Neovim's LSP log (:lua print(vim.lsp.get_log_path()))",
    server, tostring(exited.code), tostring(exited.signal), when or "")
end

-- Poll (vim.wait keeps the event loop running) until the handshake is done or the server is gone.
vim.wait(timeout, function() return init_result ~= nil or exited ~= nil end, 20)
if not init_result then
  say("nvim-e2e: FAIL " .. (exited and exit_message(" before answering initialize") or "no initialize answer within " .. timeout .. " ms"))
  quit(1)
end

local client = vim.lsp.get_client_by_id(client_id)
say(string.format("nvim-e2e: initialize ok after %d ms, server %s", elapsed_ms(), vim.json.encode(init_result.serverInfo or vim.NIL)))
say("nvim-e2e: capabilities " .. vim.json.encode(client.server_capabilities))

if ready_spec then
  vim.wait(timeout, function() return ready ~= nil or exited ~= nil end, 20)
  if not ready then
    say("nvim-e2e: FAIL " .. (exited and exit_message(" before reporting ready") or string.format("no %s with %s = %s within %d ms",
      ready_spec.notification, ready_spec.field, tostring(ready_spec.equals), timeout)))
    quit(1)
  end
  say(string.format("nvim-e2e: ready after %d ms: %s", elapsed_ms(), vim.json.encode(ready)))
end

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

-- Lines of a file by URI, read once.
local file_lines = {}
local function line_of(uri, line)
  if not file_lines[uri] then
    local path = vim.uri_to_fname(uri)
    file_lines[uri] = vim.fn.filereadable(path) == 1 and vim.fn.readfile(path) or {}
  end
  return file_lines[uri][line + 1]
end

-- expect.location: some Location or LocationLink of the result points into a file whose URI contains
-- `uri`, at a line (0-based start of its range) that contains `lineContains`.
local function verify_location(result, expected)
  local seen = {}
  for _, location in ipairs(result) do
    local uri = location.targetUri or location.uri
    local range = location.targetRange or location.range
    local text = line_of(uri, range.start.line) or ""
    table.insert(seen, string.format("%s:%d", uri, range.start.line + 1))
    if uri:find(expected.uri, 1, true) and (not expected.lineContains or text:find(expected.lineContains, 1, true)) then
      return true
    end
  end
  return false, string.format("no location in %s on a line with %s; got %s", expected.uri,
    tostring(expected.lineContains), table.concat(seen, ", "))
end

-- expect.outline: the DocumentSymbol names, two spaces of indentation per level of nesting.
local function outline_of(symbols, depth, out)
  for _, symbol in ipairs(symbols) do
    table.insert(out, string.rep("  ", depth) .. symbol.name)
    outline_of(symbol.children or {}, depth + 1, out)
  end
  return out
end

local function verify(check, result)
  local expect = check.expect or {}
  local empty = result == nil or result == vim.NIL or (type(result) == "table" and vim.tbl_isempty(result))
  if expect.empty then
    return empty, "expected an empty result"
  end
  if empty then return false, "empty result" end
  -- lua-cjson writes "/" as "\/": undo that, so that needles can contain paths.
  local json = vim.json.encode(result):gsub("\\/", "/")
  for _, needle in ipairs(expect.contains or {}) do
    if not json:find(needle, 1, true) then return false, "missing " .. needle end
  end
  if expect.location then
    local ok, why = verify_location(result, expect.location)
    if not ok then return false, why end
  end
  if expect.outline then
    local actual = outline_of(result, 0, {})
    if not vim.deep_equal(actual, expect.outline) then
      return false, "outline differs:\n        " .. table.concat(actual, "\n        ")
    end
  end
  return true
end

local failures = 0
if #spec.checks == 0 then
  say("nvim-e2e: FAIL checks.json lists no checks")
  quit(1)
end
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
  if not ok and exited then why = (why or "") .. "; " .. exit_message() end
  if ok then
    say("  ✔ " .. check.name)
  else
    failures = failures + 1
    say("  ✖ " .. check.name .. ": " .. why)
    if result ~= nil then say("      result: " .. vim.json.encode(result)) end
  end
end

say(string.format("nvim-e2e: %d checks, %d failed, %d ms", #spec.checks, failures, elapsed_ms()))
vim.lsp.stop_client(client_id)
quit(failures == 0 and 0 or 1)
