# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=args propagation=list_pop_taint (helper class) sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.route("/00495", methods=["GET", "POST"])
def benchmark_test_00495():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
