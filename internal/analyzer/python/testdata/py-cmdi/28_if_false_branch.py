# CMDi FALSE: tainted override only in an `if False:` branch
import subprocess

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/tools/whoami")
def whoami():
    cmd = "id -un"
    if False:
        cmd = request.args.get("cmd", "id")
    return Response(subprocess.check_output(cmd, shell=True), mimetype="text/plain")
