# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=pathparam propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import ldap
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00497/<test_id>", methods=["GET", "POST"])
def benchmark_test_00497(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
