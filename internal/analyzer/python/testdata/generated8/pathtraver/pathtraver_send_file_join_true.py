# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=send_file_join expected=true
import os

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/pathtraver_send_file_join")
def case_send_file_join():
    name = request.args.get("file", "index.txt")
    return send_file(os.path.join("/srv/app/files", name))  # want: PY-PATH-TRAVERSAL
