# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header propagation=match_const_safe (helper class) sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00507", methods=["GET", "POST"])
def benchmark_test_00507():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return jsonify(result=str(result))
