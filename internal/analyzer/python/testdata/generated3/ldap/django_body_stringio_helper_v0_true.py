# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=body propagation=stringio (helper class) sink=v0 expected=true
import io
import json
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00511(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00511/", benchmark_test_00511),
]
