# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=counter_keys_list expected=true
import collections
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_counter_keys_list", methods=["GET", "POST"])
def case_counter_keys_list():
    param = request.values.get("q", "")
    counts = collections.Counter(param.split(","))
    items = "".join(f"<li>{k}</li>" for k in counts)
    return make_response("<ul>" + items + "</ul>")  # want: PY-XSS
