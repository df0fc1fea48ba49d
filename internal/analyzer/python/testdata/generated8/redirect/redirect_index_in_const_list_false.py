# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=index_in_const_list expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

PAGES = ["/", "/orders", "/profile"]


@app.route("/redirect_index_in_const_list", methods=["GET", "POST"])
def case_index_in_const_list():
    param = request.args.get("q", "")
    try:
        idx = int(param) % len(PAGES)
    except ValueError:
        idx = 0
    return redirect(PAGES[idx])
