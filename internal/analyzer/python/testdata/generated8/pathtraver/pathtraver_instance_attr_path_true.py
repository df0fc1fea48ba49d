# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=instance_attr_path expected=true
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DIR = "/srv/app/files"


class Attachment:
    def __init__(self, name):
        self.path = os.path.join(BASE_DIR, name)

    def read(self):
        with open(self.path, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()


@app.route("/pathtraver_instance_attr_path", methods=["GET", "POST"])
def case_instance_attr_path():
    param = request.args.get("q", "")
    data = Attachment(param).read()
    return jsonify(result=str(len(data)))
