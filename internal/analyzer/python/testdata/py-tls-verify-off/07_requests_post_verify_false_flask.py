# TLS verify off: payment callback forwarded with verify=False and no proxy (both rules on the call line)
import requests
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/payments/confirm", methods=["POST"])
def confirm():
    r = requests.post("https://psp.example.com/v1/confirm", json={"ok": True}, verify=False, timeout=10)  # want: PY-TLS-VERIFY-OFF PY-HTTP-NO-PROXY
    return jsonify(status=r.status_code)
