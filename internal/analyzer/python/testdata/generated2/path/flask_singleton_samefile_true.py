# generated case (gen_cases2): module-level singleton in the same file, method reached with a query value
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class FileStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name)) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()


store = FileStore("/srv/files")


@app.route("/files")
def read_file():
    return jsonify(data=store.read(request.args.get("name", "")))
