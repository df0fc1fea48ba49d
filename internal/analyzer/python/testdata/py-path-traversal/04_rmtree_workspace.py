# Path traversal: project name from JSON joined to the workspace root and deleted with shutil.rmtree
import os
import shutil

from flask import Flask, jsonify, request

app = Flask(__name__)
WORKSPACES = "/var/lib/builder/workspaces"


@app.route("/workspaces", methods=["DELETE"])
def delete_workspace():
    project = request.get_json()["project"]
    shutil.rmtree(os.path.join(WORKSPACES, project))  # want: PY-PATH-TRAVERSAL
    return jsonify(deleted=project)
