# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=sample_featured_products expected=false
import random
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

PRODUCTS = ["lamp", "desk", "chair", "shelf"]


@app.route("/weakrandom_sample_featured_products", methods=["GET", "POST"])
def case_sample_featured_products():
    param = request.args.get("q", "")
    featured = random.sample(PRODUCTS, 2)
    return jsonify(result=str([param, featured]))
