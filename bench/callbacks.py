#!/usr/bin/env python3
"""« Être rappelé » under load (issue 27): for DURATION_S seconds, RATE requests a minute, each from
a client address of its own (the server trusts X-Forwarded-For from this machine: AIGUILLAGE_PROXY=1)
and a phone number of its own, plus one abusive client that sends ABUSE requests in a burst every
minute. The server is killed with SIGKILL every KILL_EVERY_S seconds and started again. At the end:
every acknowledged request (a 303 to /rappel/envoye with its reference) is in the database, none
twice, and the abusive client was refused (429) past its allowance. Loopback only, bounded in time;
Python's standard library only.

    python3 bench/callbacks.py                 # 5 minutes, 200 a minute, SQLite
    BACKEND=postgres python3 bench/callbacks.py   # the same on a throw-away PostgreSQL cluster
    DURATION_S=60 SERVER=/var/tmp/dev2/debug/server python3 bench/callbacks.py
"""
from backend import Database
import atexit, http.client, os, re, signal, subprocess, sys, threading, time, urllib.parse

DURATION_S = int(os.environ.get("DURATION_S", "300"))
RATE = int(os.environ.get("RATE", "200"))
ABUSE = int(os.environ.get("ABUSE", "30"))
KILL_EVERY_S = float(os.environ.get("KILL_EVERY_S", "40"))
PORT = int(os.environ.get("PORT", "3313"))
SERVER = os.environ.get("SERVER", os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "server"))
JOURNEY = "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi"

database = Database("rappels")
env = dict(os.environ, DATABASE_URL=database.url, LEPTOS_SITE_ADDR=f"127.0.0.1:{PORT}", RUST_LOG="warn", AIGUILLAGE_PROXY="1")
servers = []


def cleanup():
    for proc in servers:
        if proc.poll() is None:
            proc.kill()


atexit.register(cleanup)


def request(method, path, body=None, client="127.0.0.1"):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    headers = {"sec-fetch-site": "same-origin", "x-forwarded-for": client}
    if body is not None:
        headers["content-type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    text = res.read().decode("utf-8", "replace")
    conn.close()
    return res.status, res.getheader("location") or "", text


def start():
    proc = subprocess.Popen([SERVER, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    servers.append(proc)
    for _ in range(400):
        try:
            if request("GET", "/health")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("the server did not start")


lock = threading.Lock()
acked, refused_429, failed, sent = [], 0, 0, 0
proc = start()
# Anonymous form tokens are not single-use: one read serves the whole run (they last two hours).
jeton = re.search(r'name="jeton" value="([^"]+)"', request("GET", f"/rappel?{JOURNEY}")[2]).group(1)
pairs = urllib.parse.parse_qsl(JOURNEY)


def send(n, client):
    global refused_429, failed, sent
    body = pairs + [("jeton", jeton), ("prenom", "Banc"), ("telephone", f"06{n:08d}"), ("consentement", "oui")]
    try:
        status, where, _ = request("POST", "/rappel", body, client)
    except OSError:
        status, where = 0, ""
    with lock:
        sent += 1
        if status == 303 and "reference=" in where:
            acked.append(where.split("reference=")[1])
        elif status == 429:
            refused_429 += 1
        else:
            failed += 1


started, n, last_kill, last_abuse, kills = time.time(), 0, time.time(), 0.0, 0
threads = []
while time.time() - started < DURATION_S:
    n += 1
    t = threading.Thread(target=send, args=(n, f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256 or 1}"))
    t.start()
    threads.append(t)
    if time.time() - last_abuse >= 60:
        last_abuse = time.time()
        for i in range(ABUSE):
            n += 1
            a = threading.Thread(target=send, args=(n, "192.0.2.66"))
            a.start()
            threads.append(a)
    if time.time() - last_kill >= KILL_EVERY_S:
        last_kill = time.time()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        proc = start()
    time.sleep(60 / RATE)
for t in threads:
    t.join()
proc.send_signal(signal.SIGTERM)
proc.wait()

stored = [r[0] for r in database.rows("SELECT reference FROM callback_request")]
integrity = database.integrity(["callback_request", "callback_receiver", "callback_access"])
lost = [r for r in acked if r not in set(stored)]
print("| duration | kill -9 | sent | acknowledged | lost | stored twice | refused 429 | failed (killed mid-request) | integrity |")
print("|---|---|---|---|---|---|---|---|---|")
print(f"| {time.time() - started:.0f} s | {kills} | {sent} | {len(acked)} | {len(lost)} | {len(stored) - len(set(stored))} | {refused_429} | {failed} | {integrity} |")
sys.exit(1 if lost or integrity != "ok" or refused_429 == 0 else 0)
