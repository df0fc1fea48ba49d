# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=pathparam propagation=builder_chain_other (helper class) sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00519/<test_id>", methods=["GET", "POST"])
def benchmark_test_00519(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
