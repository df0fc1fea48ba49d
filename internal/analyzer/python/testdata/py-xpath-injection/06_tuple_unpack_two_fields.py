# XPath injection: two form fields unpacked and combined in a single expression
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
ACCOUNTS = etree.parse("/srv/data/accounts.xml")


@app.route("/accounts/check", methods=["POST"])
def check_account():
    login, pin = request.form["login"], request.form["pin"]
    hit = ACCOUNTS.xpath(f"count(//account[login='{login}' and pin='{pin}'])")  # want: PY-XPATH-INJECTION
    return jsonify(ok=hit > 0)
