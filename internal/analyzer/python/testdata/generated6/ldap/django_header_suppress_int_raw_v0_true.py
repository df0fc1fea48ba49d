# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=suppress_int_raw sink=v0 expected=true
import contextlib
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00101(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00101/", benchmark_test_00101),
]
