"""The old Flask back office, still mounted under /legacy until the rewrite."""
import os
import sqlite3
import subprocess

from flask import Flask, abort, jsonify, redirect, render_template_string, request, session

legacy = Flask(__name__)  # expect-config: CFG-PY-SESSION-COOKIE-INSECURE
legacy.secret_key = "legacy-admin"  # expect-config: CFG-PY-SECRET-KEY-HARDCODED CFG-PY-SECRET-KEY-WEAK

AUDIT_DB = "/var/lib/ledger/audit.sqlite3"

PAGE = """<html><body><h1>Ledger legacy admin</h1>
<p>Welcome {{ who }}</p></body></html>"""


@legacy.route("/")
def index():
    who = request.args.get("who", "admin")
    return render_template_string(PAGE, who=who)


@legacy.route("/banner")
def banner():
    msg = request.args.get("msg", "")
    return render_template_string("<div class='banner'>" + msg + "</div>")  # want: PY-SSTI


@legacy.route("/audit")
def audit():
    actor = request.args.get("actor", "")
    conn = sqlite3.connect(AUDIT_DB)
    rows = conn.execute("SELECT at, actor, action FROM audit WHERE actor = '%s' ORDER BY at DESC" % actor).fetchall()  # want: PY-SQLI
    conn.close()
    return jsonify(rows)


@legacy.route("/audit-v2")
def audit_v2():
    actor = request.args.get("actor", "")
    conn = sqlite3.connect(AUDIT_DB)
    rows = conn.execute("SELECT at, actor, action FROM audit WHERE actor = ? ORDER BY at DESC", (actor,)).fetchall()
    conn.close()
    return jsonify(rows)


@legacy.route("/disk")
def disk():
    mount = request.args.get("mount", "/")
    out = subprocess.check_output("df -h " + mount, shell=True)  # want: PY-CMDI
    return jsonify(lines=out.decode().splitlines())


@legacy.route("/disk-v2")
def disk_v2():
    mount = request.args.get("mount", "/")
    if mount not in ("/", "/var", "/var/lib/ledger"):
        abort(400)
    out = subprocess.check_output(["df", "-h", mount])
    return jsonify(lines=out.decode().splitlines())


@legacy.route("/tail")
def tail():
    lines = int(request.args.get("n", "50"))
    return subprocess.check_output("tail -n %d /var/log/ledger/app.log" % lines, shell=True)


@legacy.route("/go")
def go():
    return redirect(request.args.get("to", "/legacy/"))  # want: PY-OPEN-REDIRECT


@legacy.route("/act-as", methods=["POST"])
def act_as():
    session["acting_as"] = request.form.get("account", "")  # want: PY-TRUST-BOUNDARY
    return redirect("/legacy/")


@legacy.route("/env")
def env():
    name = request.args.get("name", "HOME")
    return jsonify({name: os.environ.get(name)})
