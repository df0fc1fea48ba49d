# Path traversal FALSE: constant-folded if (7 * 42 - 86 > 200) always assigns the fixed file name
import os

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/terms")
def terms():
    param = request.args.get("version", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "terms-2024.txt"
    else:
        bar = param
    with open(os.path.join("/srv/legal", bar), encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/plain")
