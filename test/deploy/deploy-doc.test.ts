// Runs docs/deploy.md's commands, each as the doc writes it (every one is checked to appear there
// verbatim): keys, the signed federation file, a TLS certificate, a site policy, the coordinator and
// three workers over wss:// on 127.0.0.1 through SecAgg+ rounds, the metrics endpoint, and the
// systemd unit (systemd-analyze verify when the machine has it, else parsed).
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { splitBoston } from "../support/processes";
import { waitFor } from "../support/wait-for";

const ROOT = path.resolve(__dirname, "../..");
const DOC = readFileSync(path.join(ROOT, "docs/deploy.md"), "utf8");
const SITES = ["hospital-a", "hospital-b", "hospital-c"];

/** The commands, as docs/deploy.md writes them. */
export const DEPLOY_COMMANDS = {
  siteKey: `conclave keys new --out "$SITE.key" > "$SITE.pub"`,
  adminKey: "conclave keys new --out admin.key > admin.pub",
  coordinatorKey: "conclave keys new --out coordinator.key > coordinator.pub",
  init: `conclave federation init --name cardiology --out federation.json --admin-key admin.key --coordinator-public-key "$(cat coordinator.pub)"`,
  add: `conclave federation add --file federation.json --name "$SITE" --public-key "$(cat "$SITE.pub")"`,
  sign: "conclave federation sign --file federation.json --admin-key admin.key",
  verify: `conclave federation verify --file federation.json --admin "$(cat admin.pub)"`,
  certificate: `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 -subj "/CN=$COORDINATOR_HOST" ` +
    `-addext "subjectAltName=DNS:$COORDINATOR_HOST" -keyout coordinator-tls.key -out coordinator-tls.pem`,
  policy: `sed "s/ADMIN_PUBLIC_KEY/$(cat admin.pub)/" policy.template.json > policy.json`,
  coordinator: "conclave coordinator --task boston --federation federation.json --key coordinator.key --host 0.0.0.0 --port 8443 " +
    "--tls-key coordinator-tls.key --tls-cert coordinator-tls.pem --min-workers 3 --rounds 2 --metrics-port 9464 --dashboard --dashboard-port 8081 --log-format json --report-dir reports",
  worker: `conclave worker --server "https://$COORDINATOR_HOST:8443" --ca coordinator-tls.pem --data "$SITE.csv" --name "$SITE" --key "$SITE.key" ` +
    "--federation federation.json --policy policy.json --log-format json",
  metrics: "curl -s http://127.0.0.1:9464/metrics | grep '^conclave_'",
  version: "conclave --version",
} as const;

/** The only changes the test makes to a command: free ports instead of the doc's, and loopback instead of every interface. */
function local(command: string, ports: { coordinator?: string; metrics?: string } = {}): string {
  return command.replace("--host 0.0.0.0", "--host 127.0.0.1").replace("--port 8443", "--port 0").replace("--metrics-port 9464", "--metrics-port 0")
    .replace("--dashboard-port 8081", "--dashboard-port 0").replace(":8443", `:${ports.coordinator ?? "8443"}`).replace("127.0.0.1:9464", `127.0.0.1:${ports.metrics ?? "9464"}`);
}

/** The fenced block of `lang` that follows the first line containing `marker` in the doc. */
function block(marker: string, lang: string): string {
  const at = DOC.indexOf(marker);
  assert.ok(at >= 0, `docs/deploy.md has no "${marker}"`);
  const open = DOC.indexOf("```" + lang + "\n", at);
  const close = DOC.indexOf("\n```", open + 4 + lang.length);
  return DOC.slice(open + 4 + lang.length, close + 1);
}

/** A unit file's sections and keys, checked line by line. */
function parseUnit(unit: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const raw of unit.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) { current = new Map(); sections.set(header[1]!, current); continue; }
    const kv = /^([A-Za-z]+)=(.*)$/.exec(line);
    assert.ok(kv && current, `not a unit line: ${line}`);
    current.set(kv[1]!, kv[2]!);
  }
  assert.deepEqual([...sections.keys()], ["Unit", "Service", "Install"]);
  return sections;
}

/** systemd-analyze verify accepts the unit, when the machine has systemd (else the parse is the check). */
function verifyUnit(file: string): void {
  const analyze = spawnSync("systemd-analyze", ["verify", file], { encoding: "utf8" });
  if (analyze.error) return;
  assert.equal(analyze.status, 0, analyze.stderr);
  assert.equal(analyze.stderr.trim(), "", analyze.stderr);
}

describe("deploy: docs/deploy.md's commands, run as written", function () {
  this.timeout(240_000);
  let dir = "";
  let env: NodeJS.ProcessEnv = {};
  const children: ChildProcess[] = [];
  const sh = (command: string, extra: Record<string, string> = {}): string => {
    const r = spawnSync("bash", ["-eo", "pipefail", "-c", command], { cwd: dir, env: { ...env, ...extra }, encoding: "utf8" });
    assert.equal(r.status, 0, `${command}\n${r.stderr}`);
    return r.stdout;
  };
  const background = (command: string, extra: Record<string, string> = {}): { child: ChildProcess; out: () => string; exited: Promise<number | null> } => {
    const child = spawn("bash", ["-c", `exec ${command}`], { cwd: dir, env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let text = "";
    child.stdout!.on("data", (d: Buffer) => { text += d.toString(); });
    child.stderr!.on("data", (d: Buffer) => { text += d.toString(); });
    return { child, out: () => text, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  };

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-deploy-"));
    // `conclave` on the PATH, as `npm install -g` would put it; CONCLAVE_LOG_LEVEL unset, as on a hospital's machine.
    mkdirSync(path.join(dir, "bin"));
    writeFileSync(path.join(dir, "bin", "conclave"), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, "bin/conclave.js")}" "$@"\n`);
    chmodSync(path.join(dir, "bin", "conclave"), 0o755);
    const { CONCLAVE_LOG_LEVEL: _l, CONCLAVE_LOG_FORMAT: _f, ...rest } = process.env;
    env = { ...rest, PATH: `${path.join(dir, "bin")}:${process.env.PATH ?? ""}`, COORDINATOR_HOST: "localhost" };
    // The sites' data (a test's stand-in for each hospital's own CSV).
    splitBoston(dir, 3);
    SITES.forEach((site, i) => writeFileSync(path.join(dir, `${site}.csv`), readFileSync(path.join(dir, `hospital-${i}.csv`))));
  });
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("every command the test runs is in docs/deploy.md, word for word", () => {
    for (const [name, command] of Object.entries(DEPLOY_COMMANDS)) assert.ok(DOC.includes(command), `docs/deploy.md lacks the ${name} command: ${command}`);
  });

  it("keys, the signed federation file, the certificate and the policy; then the coordinator and three workers over wss:// finish two rounds", async () => {
    for (const SITE of SITES) sh(DEPLOY_COMMANDS.siteKey, { SITE });
    sh(DEPLOY_COMMANDS.adminKey);
    sh(DEPLOY_COMMANDS.coordinatorKey);
    sh(DEPLOY_COMMANDS.init);
    for (const SITE of SITES) sh(DEPLOY_COMMANDS.add, { SITE });
    sh(DEPLOY_COMMANDS.sign);
    const listed = sh(DEPLOY_COMMANDS.verify);
    assert.match(listed, /^federation cardiology: signed by admin [0-9a-f]{64}$/m);
    assert.match(listed, /^site 3 hospital-c [0-9a-f]{64}$/m);
    sh(DEPLOY_COMMANDS.certificate);
    writeFileSync(path.join(dir, "policy.template.json"), block("<!-- policy.template.json -->", "json"));
    sh(DEPLOY_COMMANDS.policy);
    assert.match(readFileSync(path.join(dir, "policy.json"), "utf8"), /"federationAdmin": "[0-9a-f]{64}"/);

    const coordinator = background(local(DEPLOY_COMMANDS.coordinator));
    await waitFor(() => /"message":"listening"/.test(coordinator.out()) && /metrics: http/.test(coordinator.out()) || coordinator.child.exitCode !== null, "the coordinator to listen", 60_000);
    const port = /"message":"listening".*?"port":(\d+)/.exec(coordinator.out())?.[1];
    const metricsPort = /metrics: http:\/\/127\.0\.0\.1:(\d+)\/metrics/.exec(coordinator.out())?.[1];
    assert.ok(port && metricsPort, coordinator.out());
    assert.match(coordinator.out(), /"tls":true/);
    assert.match(sh(local(DEPLOY_COMMANDS.metrics, { metrics: metricsPort })), /^conclave_run_state\{state="waiting"\} 1$/m);

    const workers = SITES.map((SITE) => background(local(DEPLOY_COMMANDS.worker, { coordinator: port }), { SITE }));
    assert.equal(await coordinator.exited, 0, coordinator.out().slice(-3000));
    for (const w of workers) assert.equal(await w.exited, 0, w.out().slice(-2000));
    assert.match(coordinator.out(), /"roundsApplied":2/);
    for (const w of workers) assert.equal((w.out().match(/"message":"round [12]: trained.*update sent masked \(secagg\+/g) ?? []).length, 2, w.out());
    const [run] = readdirSync(path.join(dir, "reports"));
    assert.ok(run !== undefined && readdirSync(path.join(dir, "reports", run)).includes("report.html"));
    assert.match(sh(DEPLOY_COMMANDS.version), /^\d+\.\d+\.\d+$/m);
  });

  it("the systemd units: systemd-analyze verify accepts them (or, without systemd, they parse), each with its restart policy", () => {
    const coordinatorUnit = block("<!-- conclave-coordinator.service -->", "ini");
    const coordinatorFile = path.join(dir, "conclave-coordinator.service");
    writeFileSync(coordinatorFile, coordinatorUnit);
    const c = parseUnit(coordinatorUnit).get("Service");
    assert.equal(c?.get("Restart"), "on-abnormal");
    assert.match(c?.get("ExecStart") ?? "", /conclave coordinator --task boston /);
    verifyUnit(coordinatorFile);
    const unit = block("<!-- conclave-worker.service -->", "ini");
    const file = path.join(dir, "conclave-worker.service");
    writeFileSync(file, unit);
    const sections = parseUnit(unit);
    const service = sections.get("Service");
    assert.equal(service?.get("Restart"), "on-failure");
    assert.equal(service?.get("RestartPreventExitStatus"), "2 4");
    assert.match(service?.get("ExecStart") ?? "", /conclave worker --server https:\/\/\$\{COORDINATOR_HOST\}:8443 /);
    verifyUnit(file);
  });
});
