# SSRF: integration client class stores the tenant's base URL and calls it through a proxied requests.Session
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


class CrmClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.proxies = {"https": "http://egress.internal:3128"}

    def contacts(self):
        return self.session.get(self.base_url + "/contacts", timeout=10).json()  # want: PY-SSRF


@app.route("/integrations/crm/contacts")
def crm_contacts():
    client = CrmClient(request.args.get("base", "https://crm.example.com"))
    return jsonify(client.contacts())
