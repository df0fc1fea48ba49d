# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=pathparam shape=percent_filter sink=specific expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00505/<test_id>", methods=["GET", "POST"])
def benchmark_test_00505(test_id):
    param = test_id
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    search = "(&(objectClass=person)(mail=%s))" % bar
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, search)  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
