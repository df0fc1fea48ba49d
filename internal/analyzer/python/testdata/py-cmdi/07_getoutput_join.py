# CMDi: extra flags from a multi-value query parameter joined into subprocess.getoutput (runs through the shell)
import subprocess

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/tools/disk")
def disk_usage():
    flags = request.args.getlist("flag")
    cmd = " ".join(["df"] + flags)
    return Response(subprocess.getoutput(cmd), mimetype="text/plain")  # want: PY-CMDI
