# py-cmdi: match-case guards narrow the captures inside their case; os.exec*l / os.spawn*l argument lists that run a shell; del of a known slice
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/match")
def matched():
    match request.args["q"].split(":", 1):
        case ["id", rest] if rest.isdigit():
            os.system("kill -0 " + rest)
        case ["name", rest]:
            os.system("echo " + rest)  # want: PY-CMDI
    return "ok"


@app.route("/exec")
def run_shell():
    os.execl("/bin/sh", "sh", "-c", "echo " + request.args["q"])  # want: PY-CMDI


@app.route("/spawn")
def spawn_shell():
    os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "echo " + request.args["q"])  # want: PY-CMDI
    os.spawnl(os.P_WAIT, "/bin/echo", "echo", request.args["q"])
    return "ok"


@app.route("/del")
def deleted():
    vals = [request.args["q"], "a", "b"]
    del vals[:1]
    os.system("echo " + vals[0])
    kept = ["a", request.args["q"], "b"]
    del kept[:1]
    os.system("echo " + kept[0])  # want: PY-CMDI
    return "ok"
