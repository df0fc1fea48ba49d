# Path traversal FALSE: tainted list element popped off; remaining path is a constant
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/motd")
def motd():
    param = request.args.get("file", "")
    values = [param, "/srv/motd/default.txt"]
    values.pop(0)
    bar = values[0]
    with open(bar, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/plain")
