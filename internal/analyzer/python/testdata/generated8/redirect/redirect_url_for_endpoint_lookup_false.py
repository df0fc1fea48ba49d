# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=flask shape=url_for_endpoint_lookup expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ENDPOINTS = {"home": "index", "cart": "cart"}


@app.route("/")
def index():
    return "home"


@app.route("/cart")
def cart():
    return "cart"


@app.route("/redirect_url_for_endpoint_lookup")
def case_url_for_endpoint_lookup():
    endpoint = ENDPOINTS.get(request.args.get("to", ""), "index")
    return redirect(url_for(endpoint))
