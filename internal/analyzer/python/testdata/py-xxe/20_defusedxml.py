# XXE FALSE: defusedxml used to parse the request body
import defusedxml.ElementTree as DET
from defusedxml.minidom import parseString as safe_parse_string
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/products/import", methods=["POST"])
def import_products():
    root = DET.fromstring(request.data)
    return jsonify(imported=len(root.findall("product")))


@app.route("/sitemap/check", methods=["POST"])
def check_sitemap():
    doc = safe_parse_string(request.get_data())
    return jsonify(count=len(doc.getElementsByTagName("loc")))
