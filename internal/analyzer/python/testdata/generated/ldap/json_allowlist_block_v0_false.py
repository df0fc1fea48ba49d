# generated case: rule=PY-LDAP-INJECTION source=json propagation=allowlist_block sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.get_json()["p"]
    bar = param
    result = None
    if bar in ALLOWED:
        conn = ldap.initialize("ldap://ldap.example.com")
        entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
        result = len(entries)
    return jsonify(result=result)
