# Path traversal: log viewer class stores the requested log name and io.open()s it
import io

from flask import Flask, Response, request

app = Flask(__name__)


class LogViewer:
    root = "/var/log/app/"

    def __init__(self, name):
        self.path = self.root + name

    def tail(self, n=100):
        with io.open(self.path, encoding="utf-8", errors="replace") as fh:  # want: PY-PATH-TRAVERSAL
            return "".join(fh.readlines()[-n:])


@app.route("/logs")
def logs():
    viewer = LogViewer(request.args.get("file", "app.log"))
    return Response(viewer.tail(), mimetype="text/plain")
