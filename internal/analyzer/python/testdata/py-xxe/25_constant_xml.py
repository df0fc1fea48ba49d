# XXE FALSE: constant XML literal parsed; the request value is only used to look up an element
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
SHIPPING = etree.fromstring(b"<zones><zone code='EU' fee='4.90'/><zone code='US' fee='9.90'/></zones>")


@app.route("/shipping/fee")
def shipping_fee():
    code = request.args.get("zone", "EU")
    for zone in SHIPPING.iter("zone"):
        if zone.get("code") == code:
            return jsonify(fee=float(zone.get("fee")))
    return jsonify(fee=None), 404
