# Path traversal FALSE: realpath prefix check with abort(403) before opening
import os

from flask import Flask, Response, abort, request

app = Flask(__name__)
BASE = "/srv/docs"


@app.route("/docs")
def docs():
    requested = os.path.join(BASE, request.args.get("page", "index.md"))
    real = os.path.realpath(requested)
    if not real.startswith(BASE + os.sep):
        abort(403)
    with open(real, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/plain")
