# generated case: rule=PY-LDAP-INJECTION source=data propagation=fullmatch_guard sink=v0 expected=false
import ldap
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.data.decode("utf-8")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
