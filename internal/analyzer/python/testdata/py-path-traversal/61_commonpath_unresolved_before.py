# PATH: the commonpath check is on a variable an earlier statement of the
# same block assigned without resolving ".." (a later realpath only in a
# branch that may not run), so the check does not hold
import os
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/get")
def get():
    path = os.path.join(BASE, request.args.get("name", ""))
    if request.args.get("resolve"):
        path = os.path.realpath(path)
    if os.path.commonpath([BASE, path]) != BASE:
        return "no", 404
    return send_file(path)  # want: PY-PATH-TRAVERSAL
