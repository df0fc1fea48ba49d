# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=flask shape=md5_update_loop expected=true
import hashlib
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_md5_update_loop", methods=["GET", "POST"])
def case_md5_update_loop():
    param = request.args.get("q", "")
    h = hashlib.md5()  # want: PY-WEAK-HASH
    for chunk in param.split(","):
        h.update(chunk.encode("utf-8"))
    return jsonify(result=str(h.hexdigest()))
