# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=format_map_target expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/redirect_format_map_target", methods=["GET", "POST"])
def case_format_map_target():
    param = (request.get_json(silent=True) or {}).get("q", "")
    target = "{dest}".format_map({"dest": param})
    return redirect(target)  # want: PY-OPEN-REDIRECT
