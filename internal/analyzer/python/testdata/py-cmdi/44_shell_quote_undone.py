# py-cmdi: shlex.quote makes input one shell word by its quotes; stripping
# or replacing the quotes afterwards undoes it. A value safe for another
# reason (a number) stays safe.
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/grep")
def grep():
    term = request.args.get("t", "")
    quoted = shlex.quote(term)
    subprocess.run("grep -r " + quoted + " /srv/logs", shell=True)  # safe: one quoted word
    stripped = shlex.quote(term).strip("'")
    subprocess.run("grep -r " + stripped + " /srv/logs", shell=True)  # want: PY-CMDI
    unquoted = quoted.replace("'", "")
    subprocess.run("grep -r " + unquoted + " /srv/logs", shell=True)  # want: PY-CMDI
    return "ok"


@app.route("/tail")
def tail():
    n = str(int(request.args.get("n", "10"))).strip("'")
    subprocess.run("tail -n " + n + " /srv/logs/app.log", shell=True)  # safe: a number
    return "ok"
