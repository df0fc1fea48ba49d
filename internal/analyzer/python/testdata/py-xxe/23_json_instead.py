# XXE FALSE: the import endpoint accepts JSON, parsed with json.loads
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/products/import", methods=["POST"])
def import_products():
    products = json.loads(request.data)
    return jsonify(imported=len(products))
