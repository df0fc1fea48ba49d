# XXE: xml.dom.minidom.parseString on request.get_data()
from xml.dom import minidom

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/sitemap/check", methods=["POST"])
def check_sitemap():
    doc = minidom.parseString(request.get_data())  # want: PY-XXE
    urls = [n.firstChild.data for n in doc.getElementsByTagName("loc")]
    return jsonify(count=len(urls))
