# LDAP injection: compound filter assembled with str.format from a JSON email
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/api/people/by-email", methods=["POST"])
def by_email():
    email = request.get_json()["email"]
    flt = "(&(objectClass=person)(mail={}))".format(email)
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("dc=corp,dc=example", flt, attributes=["uid"])  # want: PY-LDAP-INJECTION
    return jsonify(uids=[str(e.uid) for e in conn.entries])
