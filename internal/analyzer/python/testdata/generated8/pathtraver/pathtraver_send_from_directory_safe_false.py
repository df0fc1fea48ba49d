# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=send_from_directory_safe expected=false
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/pathtraver_send_from_directory_safe")
def case_send_from_directory_safe():
    name = request.args.get("file", "index.txt")
    return send_from_directory("/srv/app/files", name)
