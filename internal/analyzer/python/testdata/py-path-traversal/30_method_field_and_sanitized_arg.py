# A store joins its configured root (a field) with a name. Sanitising the
# name with basename() must survive the join with the unsanitised field.
import os

from flask import Flask, request

app = Flask(__name__)


class FileStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name)) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()

    def read_safe(self, name):
        # Reported only through /root, where the field itself is input.
        with open(os.path.join(self.root, os.path.basename(name))) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()


store = FileStore("/srv/files")


@app.route("/raw")
def raw():
    return store.read(request.args.get("name", ""))


@app.route("/safe")
def safe():
    return store.read_safe(request.args.get("name", ""))


@app.route("/root")
def from_root():
    # The root itself from the request: the sanitised name does not help.
    return FileStore(request.args.get("root", "")).read_safe("report.txt")
