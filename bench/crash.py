#!/usr/bin/env python3
"""Crash figures (issue 12): ROUNDS times, a coordinator edits a structure and adds séances as fast
as the server answers, and the server is killed with SIGKILL at a random moment. After each round:
the database's integrity check (SQLite's own; on PostgreSQL every table read through), every
acknowledged write (a 303 to the saved entry) still there, and the audit log consistent with the
data (the structure as its last revision says; one creation line per séance). Loopback only,
bounded in rounds and in time; Python's standard library only (psql for PostgreSQL).

    python3 bench/crash.py                     # 100 rounds, SQLite
    ROUNDS=10 BACKEND=postgres python3 bench/crash.py
"""
from backend import Database
import atexit, datetime, http.client, json, os, random, re, signal, subprocess, sys, threading, time, urllib.parse

ROUNDS = int(os.environ.get("ROUNDS", "100"))
BUDGET_S = int(os.environ.get("BUDGET_S", "900"))
PORT = int(os.environ.get("PORT", "3312"))
TARGET = os.environ.get("CARGO_TARGET_DIR", "target")
SERVER = os.path.join(TARGET, "release", "server")
STRUCTURE, SERVICE = "hinaura-15", "hinaura-15-mediation"
EMAIL, PASSWORD = "crash@exemple.fr", "mot de passe du banc d'essai"

database = Database("crash")
url = database.url
# The writer logs in with a password only: this bench is about writes that survive kill -9, the second
# factor is followed by server/tests/second_factor.rs.
env = dict(os.environ, DATABASE_URL=url, LEPTOS_SITE_ADDR=f"127.0.0.1:{PORT}", RUST_LOG="warn", AIGUILLAGE_MOT_DE_PASSE=PASSWORD,
           AIGUILLAGE_DOUBLE_AUTHENTIFICATION="facultative")


rows = database.rows


def integrity():
    return database.integrity(["structure", "service", "seance", "revision", "account", "session"])


started_servers = []


def cleanup():
    """Whatever happens (a failed round, Ctrl-C), no server or cluster outlives the script."""
    for proc in started_servers:
        if proc.poll() is None:
            proc.kill()


atexit.register(cleanup)


def request(method, path, body=None, cookie=None):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    headers = {"sec-fetch-site": "same-origin"}
    if cookie:
        headers["cookie"] = cookie
    if body is not None:
        headers["content-type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    text = res.read().decode("utf-8", "replace")
    conn.close()
    return res.status, res.getheader("location") or "", res.getheader("set-cookie") or "", text


def start():
    proc = subprocess.Popen([SERVER, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started_servers.append(proc)
    for _ in range(200):
        try:
            if request("GET", "/health")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("the server did not start")


def token(html):
    return re.search(r'name="jeton" value="([^"]+)"', html).group(1)


subprocess.run([SERVER, "creer-compte", "--email", EMAIL, "--nom", "Banc d'essai"], env=env, check=True, capture_output=True)
acked_names, acked_seances = [], []
date = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
problems, started, rounds, rates = [], time.time(), 0, []
for r in range(ROUNDS):
    if time.time() - started > BUDGET_S:
        break
    rounds += 1
    proc = start()
    # One login for the whole run: the session is in the database and outlives each kill, as it
    # would for a coordinator; logging in every round would meet the login rate limit, which is in
    # the database too and rightly survives restarts (5 logins per 12 s).
    if r == 0:
        _, _, _, html = request("GET", "/admin/connexion")
        _, where, cookie, _ = request("POST", "/admin/connexion", {"jeton": token(html), "email": EMAIL, "mot_de_passe": PASSWORD})
        cookie = cookie.split(";")[0]
    jeton = token(request("GET", "/admin", cookie=cookie)[3])
    stop = threading.Event()

    def write():
        i = 0
        while not stop.is_set():
            i += 1
            try:
                if i % 2:
                    nom = f"Banc {r}-{i}"
                    fields = {"jeton": jeton, "nom": nom, "commune": "01053", "code_postal": "01000", "adresse": "1 rue de la Paix"}
                    status, where, _, _ = request("POST", f"/admin/structures/{STRUCTURE}/enregistrer", fields, cookie)
                    if status == 303 and "enregistre=1" in where:
                        acked_names.append(nom)
                else:
                    titre = f"Séance {r}-{i}"
                    fields = {"jeton": jeton, "service": SERVICE, "titre": titre, "public": "tous", "theme": "Parentalité et éducation avec le numérique",
                              "date": date, "debut": "10:00", "fin": "11:00", "lieu": "Salle", "commune": "01053", "inscription": "Entrée libre"}
                    status, where, _, _ = request("POST", "/admin/seances/nouvelle/enregistrer", fields, cookie)
                    if status == 303 and "enregistre=1" in where:
                        acked_seances.append(titre)
            except OSError:
                return

    writer = threading.Thread(target=write)
    before = len(acked_names) + len(acked_seances)
    writer.start()
    pause = random.uniform(0.2, 1.5)
    time.sleep(pause)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    writer.join()
    rates.append((len(acked_names) + len(acked_seances) - before) / pause)

    check = integrity()
    if check != "ok":
        problems.append(f"round {r}: integrity {check}")
    names = {row[0] for row in rows(f"SELECT json_extract(after, '$.data.nom') FROM revision WHERE entity_id = '{STRUCTURE}'",
                                    f"SELECT (after::jsonb)->'data'->>'nom' FROM revision WHERE entity_id = '{STRUCTURE}'")}
    titles = {row[0] for row in rows("SELECT json_extract(data, '$.titre') FROM seance", "SELECT (data::jsonb)->>'titre' FROM seance")}
    lost = [n for n in acked_names if n not in names] + [t for t in acked_seances if t not in titles]
    if lost:
        problems.append(f"round {r}: lost {lost[:3]}")
    current = rows(f"SELECT data FROM structure WHERE id = '{STRUCTURE}'", f"SELECT data FROM structure WHERE id = '{STRUCTURE}'")[0][0]
    last = rows(f"SELECT json_extract(after, '$.data') FROM revision WHERE entity_id = '{STRUCTURE}' ORDER BY id DESC LIMIT 1",
                f"SELECT (after::jsonb)->'data' FROM revision WHERE entity_id = '{STRUCTURE}' ORDER BY id DESC LIMIT 1")
    if last and json.loads(current) != json.loads(last[0][0]):
        problems.append(f"round {r}: the structure differs from its last audit line")
    unaudited_sql = "SELECT count(*) FROM seance s WHERE NOT EXISTS (SELECT 1 FROM revision v WHERE v.entity_id = s.id)"
    unaudited = int(rows(unaudited_sql, unaudited_sql)[0][0])
    if unaudited:
        problems.append(f"round {r}: {unaudited} séances without an audit line")

print(f"| rounds of kill -9 | acknowledged writes | lost | integrity failures | audit inconsistencies | time |")
print(f"|---|---|---|---|---|---|")
lost_n = sum(1 for p in problems if "lost" in p)
integrity_n = sum(1 for p in problems if "integrity" in p)
print(f"| {rounds} | {len(acked_names) + len(acked_seances)} ({len(acked_names)} edits, {len(acked_seances)} new séances) | {lost_n} rounds | {integrity_n} | {len(problems) - lost_n - integrity_n} | {time.time() - started:.0f} s |")
first, last = rates[: max(1, rounds // 10)], rates[-max(1, rounds // 10):]
print(f"\nAcknowledged writes per second: {sum(first) / len(first):.0f} in the first rounds, {sum(last) / len(last):.0f} in the last ones, with {len(acked_seances)} séances then stored.")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
